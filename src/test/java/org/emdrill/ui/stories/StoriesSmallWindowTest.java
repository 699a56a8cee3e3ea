package org.emdrill.ui.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.stories.Story;
import org.emdrill.ui.testing.AppWindow;
import org.emdrill.ui.testing.Clipping;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * My stories in the smallest window we support (1024 x 700): nothing cut to "…", the whole matrix
 * across, the highlight on the story being edited, and a story written for a hole shown from its title.
 */
@ExtendWith(ApplicationExtension.class)
class StoriesSmallWindowTest {

    @TempDir
    static Path dataDir;

    private AppWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = AppWindow.open(stage, dataDir, new FakeClock(Instant.parse("2026-05-04T09:00:00Z")),
                new FakeTicker(), 1024, 700);
    }

    @AfterEach
    void close() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window.close();
    }

    @Test
    void theFormItsButtonsAndTheMatrixFitAndNothingIsCut(FxRobot robot) throws Exception {
        robot.clickOn("#nav-stories");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#story-fresh").query().isVisible(), "an empty form says what typing in it does");
        robot.clickOn("#stories-new");
        // A title longer than the list column: it wraps in the list rather than ending in "…".
        robot.clickOn("#story-title").write("Late billing launch that slipped two sprints past the promised date");
        robot.clickOn("#story-tags").write("delivery, ownership");
        assertFalse(robot.lookup("#story-fresh").query().isVisible(), "the story being written needs no such line");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#story-link-missed-deadlines-late-project-story").tryQuery().isPresent());
        fire(robot, "#story-link-missed-deadlines-late-project-story");
        ScrollPane form = robot.lookup("#story-form").queryAs(ScrollPane.class);
        robot.interact(() -> form.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#story-unlink-missed-deadlines-late-project-story").tryQuery().isPresent());
        assertEquals(List.of(), Clipping.problems(stage.getScene()), "the story form at 1024 x 700");

        robot.clickOn("#matrix-tab");
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane matrix = robot.lookup("#story-matrix").queryAs(ScrollPane.class);
        Node body = matrix.getContent();
        assertTrue(body.getLayoutBounds().getWidth() <= matrix.getViewportBounds().getWidth() + 0.5,
                "the matrix fits across: " + body.getLayoutBounds().getWidth() + " in " + matrix.getViewportBounds().getWidth());
        Label strategy = robot.lookup("#matrix-header-strategic-thinking").queryAs(Label.class);
        Bounds header = strategy.localToScene(strategy.getLayoutBounds());
        assertTrue(header.getMaxX() <= stage.getScene().getWidth(), "the last header is inside the window");
        assertEquals(MatrixPane.NOT_ASKED, robot.lookup("#matrix-stakeholder-disagreements-coaching").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#matrix-legend").queryAs(Label.class).getText().contains(MatrixPane.NOT_ASKED + " means"),
                "the legend says what the mark means");
        assertEquals(List.of(), Clipping.problems(stage.getScene()), "the matrix at 1024 x 700");
    }

    @Test
    void theHighlightFollowsTheStoryBeingEditedAndAHoleStoryOpensAtItsTitle(FxRobot robot) throws Exception {
        robot.clickOn("#nav-stories");
        robot.clickOn("#stories-new");
        robot.clickOn("#story-title").write("First");
        robot.clickOn("#stories-new");
        robot.clickOn("#story-title").write("Second");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Story> list = stories(robot);
        assertEquals("Second", list.getSelectionModel().getSelectedItem().title(), "the new story, now at the top");

        ScrollPane form = robot.lookup("#story-form").queryAs(ScrollPane.class);
        robot.interact(() -> form.setVvalue(1));
        robot.clickOn("#matrix-tab");
        fire(robot, "#hole-write-0");
        WaitForAsyncUtils.waitForFxEvents();

        TextField title = robot.lookup("#story-title").queryAs(TextField.class);
        assertTrue(title.isFocused(), "the cursor is in the new story's title");
        assertEquals(0, form.getVvalue(), 0.001, "the form shows the story from the top");
        robot.write("The outage I owned");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The outage I owned", list.getSelectionModel().getSelectedItem().title(),
                "the highlighted row is the story being edited");
        assertEquals(3, list.getItems().size());
    }

    @SuppressWarnings("unchecked")
    private static ListView<Story> stories(FxRobot robot) {
        return robot.lookup("#stories-list").queryAs(ListView.class);
    }

    private static void fire(FxRobot robot, String query) {
        ButtonBase b = robot.lookup(query).queryAs(ButtonBase.class);
        robot.interact(b::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
