package org.emdrill.ui.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.store.StoryRepository;
import org.emdrill.stories.Story;
import org.emdrill.ui.common.StoryChoice;
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
 * A story told in a mock interview, followed through the app: picked before answering, named in
 * History's detail, found again with History's Story filter, and opened in My stories from there.
 */
@ExtendWith(ApplicationExtension.class)
class StoryToldFlowTest {

    private static final Instant MONDAY = Instant.parse("2026-05-04T09:00:00Z");

    @TempDir
    static Path dataDir;

    private AppWindow window;
    private Stage stage;
    private final FakeTicker ticker = new FakeTicker();
    private final FakeClock clock = new FakeClock(MONDAY);

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = AppWindow.open(stage, dataDir, clock, ticker, 1280, 820);
    }

    @AfterEach
    void close() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window.close();
    }

    @Test
    void aStoryPickedInAMockInterviewIsInHistoryFiltersItAndOpensInMyStories(FxRobot robot) throws Exception {
        StoryRepository stories = new StoryRepository(window.context().database());
        Story outage = Story.blank(MONDAY).withText("The outage I owned", "", "", "", "", "", "", "", "",
                List.of("incident"), MONDAY);
        Story hire = Story.blank(MONDAY).withText("The hire that did not work out", "", "", "", "", "", "", "", "",
                List.of("hiring"), MONDAY);
        stories.save(outage);
        stories.save(hire);

        robot.clickOn("#nav-mock_interview");
        robot.clickOn("#mode-typed");
        robot.clickOn("#start-interview");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#interview-prompt").tryQuery()
                .map(Node::isVisible).orElse(false));
        ComboBox<StoryChoice.Option> picker = interviewPicker(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> picker.getItems().size() == 3);
        assertTrue(picker.isVisible(), "the candidate's stories are offered in the prep");
        robot.clickOn(picker);
        StoryChoice.Option told = picker.getItems().stream().filter(o -> outage.id().equals(o.storyId()))
                .findFirst().orElseThrow();
        robot.clickOn(told.toString());
        assertEquals(outage.id(), picker.getValue().storyId());
        Screenshots.save(robot, stage.getScene(), "h17s-interview-story-1280");

        robot.clickOn("#interview-skip-prep");
        robot.clickOn("#interview-answer").write("We lost payments for an hour; I ran the review.");
        advance(robot, 90);
        // The answer, then each follow-up, then the scoring card: left unscored.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            if (visible(robot, "#score-skip")) {
                return true;
            }
            robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
            advance(robot, 20);
            return visible(robot, "#score-skip");
        });
        fire(robot, "#score-skip");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> visible(robot, "#summary-title"));

        robot.clickOn("#nav-history");
        TableView<?> table = robot.lookup("#history-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#detail-story").tryQuery().isPresent());
        assertEquals("Story told: The outage I owned", robot.lookup("#detail-story").queryAs(Label.class).getText());

        robot.clickOn("#filter-more");
        @SuppressWarnings("unchecked")
        ComboBox<String> filter = robot.lookup("#filter-story").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> filter.getItems().size() == 3);
        robot.clickOn(filter);
        robot.clickOn("The hire that did not work out");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
        robot.clickOn(filter);
        robot.clickOn("The outage I owned");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        Screenshots.save(robot, stage.getScene(), "h17s-history-story-filter-1280");

        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#detail-open-story").tryQuery().isPresent());
        fire(robot, "#detail-open-story");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#nav-stories").queryAs(ToggleButton.class)
                .isSelected());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "The outage I owned".equals(
                robot.lookup("#story-title").queryAs(TextField.class).getText()));
        @SuppressWarnings("unchecked")
        ListView<Story> list = robot.lookup("#stories-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getSelectionModel().getSelectedItem() != null
                && outage.id().equals(list.getSelectionModel().getSelectedItem().id()));
        Screenshots.save(robot, stage.getScene(), "h17s-open-story-1280");
    }

    /** The picker of the running interview (Practice has one of its own, out of sight). */
    @SuppressWarnings("unchecked")
    private static ComboBox<StoryChoice.Option> interviewPicker(FxRobot robot) {
        Node content = robot.lookup("#interview-prompt").query().getParent();
        return robot.from(content).lookup("#story-picker").queryAs(ComboBox.class);
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null
                && n.localToScene(n.getBoundsInLocal()).getWidth() > 0 && shownUp(n)).orElse(false);
    }

    private static boolean shownUp(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void advance(FxRobot robot, int seconds) {
        robot.interact(() -> {
            ticker.advance(Duration.ofSeconds(seconds));
            clock.advance(Duration.ofSeconds(seconds));
        });
        WaitForAsyncUtils.sleep(250, TimeUnit.MILLISECONDS); // the interview's clock reads the ticker ten times a second
    }

    private static void fire(FxRobot robot, String query) {
        ButtonBase b = robot.lookup(query).queryAs(ButtonBase.class);
        robot.interact(b::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
