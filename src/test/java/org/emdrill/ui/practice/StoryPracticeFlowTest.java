package org.emdrill.ui.practice;

import static org.emdrill.ui.testing.UserView.reveal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.emdrill.domain.Dimension;
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

/** Picking the story to tell in prep, answering, and finding the story beside the attempt in History. */
@ExtendWith(ApplicationExtension.class)
class StoryPracticeFlowTest {

    @TempDir
    static Path dataDir;

    private final FakeTicker ticker = new FakeTicker();
    private final FakeClock clock = new FakeClock(Instant.parse("2026-05-04T09:00:00Z"));
    private AppWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = AppWindow.open(stage, dataDir, clock, ticker, 1400, 900);
    }

    @AfterEach
    void close() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window.close();
    }

    @Test
    void aStoryPickedInPrepIsShownWithTheAttemptInHistory(FxRobot robot) throws Exception {
        robot.clickOn("#start-practice");
        String prompt = robot.lookup("#prompt").queryAs(Label.class).getText();
        var question = window.context().library().banks().stream().flatMap(b -> b.questions().stream())
                .filter(q -> q.prompt().equals(prompt)).findFirst().orElseThrow();
        StoryRepository stories = new StoryRepository(window.context().database());
        stories.save(story("A reorg nobody asked for", Set.of(), Set.of()));
        stories.save(story("The payments launch that slipped", Set.of(), Set.of(question.id())));

        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL); // prep starts
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No story", robot.lookup("#story-picker").queryAs(ComboBox.class).getButtonCell().getText(),
                "nothing picked reads as such, not as an empty box");
        robot.clickOn("#story-picker"); // opening the list reads the stories written meanwhile
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> picker = robot.lookup("#story-picker").queryAs(ComboBox.class);
        List<String> offered = picker.getItems().stream().map(Object::toString).toList();
        assertEquals("No story", offered.get(0));
        assertTrue(offered.get(1).startsWith("The payments launch that slipped"), offered.toString());
        assertTrue(offered.get(1).contains("Linked to this question"), offered.toString());
        robot.clickOn(offered.get(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(picker.getValue().toString().startsWith("The payments launch that slipped"));
        Screenshots.save(robot, stage.getScene(), "h17b-picker-light");
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, stage.getScene(), "h17b-picker-dark");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());

        robot.clickOn("#skip-prep");
        robot.clickOn("#answer").write("We cut scope with the finance lead and shipped in two steps.");
        ticker.advance(Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(60));
        robot.clickOn("#primary-action");
        WaitForAsyncUtils.waitForFxEvents();
        for (Dimension d : question.dimensions().keySet()) {
            reveal(robot, "#score-" + d.id() + "-3");
            robot.clickOn("#score-" + d.id() + "-3");
        }
        reveal(robot, "#save");
        robot.clickOn("#save");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.context().attempts().count() == 1);

        robot.clickOn("#nav-history");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#history-table .table-row-cell").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#history-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#detail-story").tryQuery().isPresent());
        assertEquals("Story told: The payments launch that slipped",
                robot.lookup("#detail-story").queryAs(Label.class).getText());
        Screenshots.save(robot, stage.getScene(), "h17b-history-light");

        robot.clickOn("#nav-stories");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".story-usage").queryAllAs(Label.class)
                .stream().anyMatch(l -> l.getText().startsWith("Told once \u00b7 ")));
        assertTrue(robot.lookup(".story-usage").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Not told yet")), "the reorg story was never told");
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, stage.getScene(), "h17b-stories-dark");
    }

    private Story story(String title, Set<Dimension> dims, Set<String> questions) {
        return Story.blank(clock.instant()).withText(title, "", "", "", "", "", "", "", "", List.of(), clock.instant())
                .withLinks(dims, questions, Set.of(), clock.instant());
    }
}
