package org.emdrill.ui.shell;

import static org.emdrill.ui.testing.UserView.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.emdrill.app.WindowWiring;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.store.SeedAttempts;
import org.emdrill.ui.testing.AppWindow;
import org.emdrill.ui.testing.Clipping;
import org.emdrill.ui.testing.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen besides the answering ones (see {@link AnsweringLayoutTest}) in the state with the most
 * text: History with a long history and a selected attempt, Progress with data, Banks with a search and a
 * preview, the bank editor, Settings and the welcome guide; at the default window size and a small
 * laptop's. Bounds are asserted ({@link Clipping}): no text cut to "…", no control past what is
 * visible, no buttons over each other. Below {@link MainWindow#COMPACT_WIDTH} the sidebar shows icons.
 */
@ExtendWith(ApplicationExtension.class)
class EveryScreenLayoutTest {

    @TempDir
    static Path dataDir;

    private final FakeClock clock = new FakeClock(Instant.parse("2026-05-04T22:11:00Z"));
    private AppWindow window;
    private WindowWiring wiring;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = AppWindow.open(stage, dataDir, clock, new FakeTicker(), 1280, 820);
        wiring = window.wiring();
    }

    @AfterEach
    void close() {
        window.close();
    }

    private void size(FxRobot robot, int width, int height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> check(FxRobot robot, String state, int width) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, stage.getScene(), "every-" + state + "-" + width);
        List<String> problems = new ArrayList<>();
        for (String p : onFx(() -> Clipping.problems(stage.getScene()))) {
            problems.add(state + ": " + p);
        }
        return problems;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private void seedHistory() throws Exception {
        window.context().worker().submit(() -> SeedAttempts.seed(window.context().database(), 300, 7,
                clock.instant())).get(60, TimeUnit.SECONDS);
        robot().interact(() -> wiring.state().attemptSaved());
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 820", "1024, 700"})
    void everyScreenFitsInItsFullestState(int width, int height, FxRobot robot) throws Exception {
        seedHistory();
        size(robot, width, height);
        List<String> problems = new ArrayList<>();

        robot.interact(() -> wiring.mainWindow().show(Screen.HISTORY));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#history-table").queryAs(TableView.class).getItems().isEmpty());
        robot.interact(() -> robot.lookup("#history-table").queryAs(TableView.class).getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot.lookup("#detail-prompt").query()));
        problems.addAll(check(robot, "history-selected", width));
        problems.addAll(onFx(() -> sidewaysScroll(robot.lookup("#history-table").queryAs(TableView.class))));
        problems.addAll(onFx(() -> {
            javafx.scene.Node n = robot.lookup("#detail-prompt").query();
            while (!(n instanceof javafx.scene.control.ScrollPane)) {
                n = n.getParent();
            }
            javafx.scene.control.ScrollPane detail = (javafx.scene.control.ScrollPane) n;
            double content = detail.getContent().getLayoutBounds().getWidth();
            double room = detail.getViewportBounds().getWidth();
            return content > room + 0.5 ? List.of("history detail " + content + " px wide in " + room + " px: its right edge is under the scroll bar")
                    : List.<String>of();
        }));

        robot.interact(() -> wiring.mainWindow().show(Screen.PROGRESS));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot.lookup("#heat-map").query()));
        problems.addAll(check(robot, "progress", width));

        robot.interact(() -> wiring.mainWindow().show(Screen.BANKS));
        robot.clickOn("#bank-search").write("stakeholder");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#question-list").queryAs(ListView.class).getItems().isEmpty());
        robot.interact(() -> robot.lookup("#question-list").queryAs(ListView.class).getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot.lookup("#preview-prompt").query()));
        problems.addAll(check(robot, "banks-search-preview", width));
        robot.interact(() -> robot.lookup("#bank-search").queryAs(javafx.scene.control.TextField.class).clear());
        problems.addAll(check(robot, "banks", width));

        robot.clickOn("#new-bank");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot.lookup("#bank-editor").query()));
        problems.addAll(check(robot, "bank-editor", width));
        robot.clickOn("#editor-back");
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> wiring.mainWindow().show(Screen.SETTINGS));
        problems.addAll(check(robot, "settings", width));

        robot.interact(() -> wiring.mainWindow().showWelcome());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot.lookup("#welcome").query()));
        problems.addAll(check(robot, "welcome", width));

        assertEquals(List.of(), problems, "at " + width + "x" + height);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 820", "1024, 700"})
    void theSetUpsFitAtOneAndAHalfTimesTheText(int width, int height, FxRobot robot) throws Exception {
        size(robot, width, height);
        robot.interact(() -> wiring.state().settingsProperty().set(wiring.state().settings().withPreferences(
                wiring.state().settings().preferences().withTextScale(1.5))));
        List<String> problems = new ArrayList<>();
        robot.interact(() -> wiring.mainWindow().show(Screen.PRACTICE));
        problems.addAll(check(robot, "practice-setup-text-150", width));
        robot.interact(() -> wiring.mainWindow().show(Screen.MOCK_INTERVIEW));
        problems.addAll(check(robot, "interview-setup-text-150", width));
        assertEquals(List.of(), problems, "at " + width + "x" + height + ", text 1.5x");
    }

    @Test
    void theSidebarShowsIconsWithTooltipsBelowTheCompactWidth(FxRobot robot) throws Exception {
        size(robot, 1280, 820);
        ToggleButton history = robot.lookup("#nav-history").queryAs(ToggleButton.class);
        assertEquals(ContentDisplay.LEFT, history.getContentDisplay(), "wide: icon and name");
        double wide = history.getWidth();

        size(robot, (int) MainWindow.COMPACT_WIDTH - 1, 700);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ContentDisplay.GRAPHIC_ONLY, history.getContentDisplay(), "narrow: the icon only");
        assertTrue(history.getWidth() < wide / 2, "the sidebar gave its width to the screen: " + history.getWidth());
        assertNotNull(history.getTooltip());
        assertTrue(history.getTooltip().getText().startsWith("History"), history.getTooltip().getText());
        robot.clickOn("#nav-history");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot.lookup("#history-view").query()));
        assertEquals(List.of(), check(robot, "sidebar-compact", (int) MainWindow.COMPACT_WIDTH - 1));

        size(robot, 1280, 820);
        assertEquals(ContentDisplay.LEFT, history.getContentDisplay(), "wide again: the names come back");
    }

    /** A table whose columns do not fit scrolls sideways and hides its last column: say which. */
    private static List<String> sidewaysScroll(TableView<?> table) {
        List<String> problems = new ArrayList<>();
        for (Node bar : table.lookupAll(".scroll-bar")) {
            if (bar instanceof javafx.scene.control.ScrollBar s
                    && s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && s.isVisible()) {
                double columns = table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
                problems.add("history table scrolls sideways: columns " + columns + " px in " + table.getWidth() + " px");
            }
        }
        return problems;
    }
}
