package org.emdrill.ui.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.emdrill.app.WindowWiring;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.store.StoryRepository;
import org.emdrill.stories.Story;
import org.emdrill.ui.testing.AppWindow;
import org.emdrill.ui.testing.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A user writes three stories, links them (one through a suggested question), reads the matrix and its
 * holes, starts a practice from a hole, and deletes a story and takes it back: in the whole app's window,
 * over its real database.
 */
@ExtendWith(ApplicationExtension.class)
class StoriesFlowTest {

    @TempDir
    static Path dataDir;

    private AppWindow window;
    private WindowWiring wiring;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = AppWindow.open(stage, dataDir, new FakeClock(Instant.parse("2026-05-04T09:00:00Z")),
                new FakeTicker(), 1500, 950);
        wiring = window.wiring();
    }

    @AfterEach
    void close() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window.close();
    }

    @Test
    void threeStoriesFillTheMatrixAndAHoleStartsAPractice(FxRobot robot) throws Exception {
        robot.clickOn("#nav-stories");

        write(robot, "Late billing launch", "delivery, ownership");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, // suggestions follow once typing pauses
                () -> robot.lookup("#story-link-missed-deadlines-late-project-story").tryQuery().isPresent());
        assertTrue(robot.lookup("#story-link-missed-deadlines-late-project-story").tryQuery().isPresent(),
                "the question tagged 'delivery' and 'ownership' is suggested");
        fire(robot, "#story-link-missed-deadlines-late-project-story");
        assertTrue(robot.lookup("#story-unlink-missed-deadlines-late-project-story").tryQuery().isPresent(),
                "the suggestion is now a linked question");

        write(robot, "Scope cut", "scope");
        fire(robot, "#story-dimension-execution");
        fire(robot, "#story-bank-missed-deadlines");

        write(robot, "Senior to staff", "career");
        fire(robot, "#story-dimension-coaching");
        fire(robot, "#story-bank-coaching-and-career-growth");

        ListView<?> list = robot.lookup("#stories-list").queryAs(ListView.class);
        assertEquals(3, list.getItems().size());
        StoryRepository stored = new StoryRepository(window.context().database());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stored.all().size() == 3
                && stored.all().stream().allMatch(s -> !s.bankIds().isEmpty() || !s.questionIds().isEmpty()));
        Screenshots.save(robot, stage.getScene(), "h17-stories-light");

        robot.clickOn("#matrix-tab");
        assertEquals("2", cell(robot, "missed-deadlines", "execution"), "a question link and a bank + dimension link");
        assertEquals("1", cell(robot, "coaching-and-career-growth", "coaching"));
        assertEquals("0", cell(robot, "missed-deadlines", "leadership"));
        List<String> holes = robot.lookup(".story-hole .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(holes.size() >= 3, holes.toString());
        assertTrue(holes.stream().allMatch(h -> h.startsWith("No story yet for ")), holes.toString());
        assertTrue(holes.stream().noneMatch(h -> h.contains("managing missed deadlines that shows Execution")),
                "a covered cell is no hole: " + holes);
        Screenshots.save(robot, stage.getScene(), "h17-matrix-light");
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, stage.getScene(), "h17-matrix-dark");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());

        fire(robot, "#hole-practise-0");
        assertTrue(robot.lookup("#nav-practice").queryAs(ToggleButton.class).isSelected(), "Practice opened");
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream().anyMatch(l -> l.getText() != null
                && l.getText().endsWith("Question 1 of " + org.emdrill.stories.HolePractice.SET_SIZE)),
                "one sitting of the hole's dimension, not the whole bank");
    }

    @Test
    void aHoleOpensANewStoryLinkedToItAndADeleteCanBeUndone(FxRobot robot) throws Exception {
        robot.clickOn("#nav-stories");
        robot.clickOn("#matrix-tab");
        String hole = robot.lookup(".story-hole .label").queryAs(Label.class).getText();

        fire(robot, "#hole-write-0");
        robot.clickOn("#story-title").write("The outage I owned");

        StoryRepository stored = new StoryRepository(window.context().database());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stored.all().size() == 1
                && stored.all().get(0).title().equals("The outage I owned"));
        Story story = stored.all().get(0);
        assertEquals(1, story.bankIds().size(), "linked to the hole's bank");
        assertEquals(1, story.dimensions().size(), "and to its dimension");
        robot.clickOn("#matrix-tab");
        assertTrue(robot.lookup(".story-hole .label").queryAllAs(Label.class).stream()
                .noneMatch(l -> l.getText().equals(hole)), "the hole is filled");

        robot.clickOn("#stories-tab");
        fire(robot, "#story-delete");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stored.all().isEmpty());
        assertEquals(0, robot.lookup("#stories-list").queryAs(ListView.class).getItems().size());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#stories-status").queryAs(Label.class)
                .getText().contains("Deleted “The outage I owned”"));

        robot.clickOn("#stories-undo");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stored.all().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.lookup("#stories-list").queryAs(ListView.class).getItems().size());
        assertEquals(story, stored.all().get(0), "back as it was, links and all");
    }

    private static void write(FxRobot robot, String title, String tags) {
        robot.clickOn("#stories-new");
        robot.clickOn("#story-title").write(title);
        robot.clickOn("#story-tags").write(tags);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses a control below the fold of the form, as a keyboard user would with Space. */
    private static void fire(FxRobot robot, String query) {
        ButtonBase b = robot.lookup(query).queryAs(ButtonBase.class);
        robot.interact(b::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String cell(FxRobot robot, String bank, String dimension) {
        return robot.lookup("#matrix-" + bank + "-" + dimension).queryAs(Label.class).getText();
    }
}
