package org.emdrill.ui.progress;

import org.emdrill.ui.testing.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.emdrill.ui.common.PracticeRequest;
import org.emdrill.ui.common.Styles;
import org.emdrill.ui.common.charts.CalendarHeatmap;
import org.emdrill.ui.common.charts.HeatMap;
import org.emdrill.ui.common.charts.RadarChart;
import org.emdrill.ui.common.charts.Sparkline;
import org.emdrill.ui.shell.MainWindow;
import org.emdrill.ui.shell.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Progress screen in the real window frame, over a real store in a temp folder. */
@ExtendWith(ApplicationExtension.class)
class ProgressViewTest {

    @TempDir
    Path dataDir;

    private ProgressFixture fixture;
    private ProgressViewModel model;
    private Stage stage;
    private Scene scene;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    private void open(FxRobot robot, double width, double height, boolean dark) throws Exception {
        if (fixture == null) {
            fixture = new ProgressFixture(dataDir);
        }
        robot.interact(() -> {
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            model = fixture.model();
            Map<Screen, Supplier<Node>> screens = new EnumMap<>(Screen.class);
            for (Screen s : Screen.values()) {
                screens.put(s, () -> new Label(s.title()));
            }
            screens.put(Screen.PROGRESS, () -> new ProgressView(model));
            MainWindow window = new MainWindow(fixture.state, screens);
            window.show(Screen.PROGRESS);
            scene = new Scene(window, width, height);
            scene.getStylesheets().add(Styles.APP_CSS);
            stage.setScene(scene);
            // The stage is shared by every UI test class: one sized by an earlier class keeps that size
            // unless told, and the scene would fill it instead of being width x height.
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.loadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsEveryChartForASeededHistory(FxRobot robot) throws Exception {
        fixture = new ProgressFixture(dataDir);
        fixture.seed(300);
        open(robot, 1280, 820, false);

        assertTrue(robot.lookup("#progress-scroll").queryAs(ScrollPane.class).isVisible());
        assertFalse(robot.lookup("#progress-empty").query().isVisible());
        assertTrue(robot.lookup("#progress-summary").queryLabeled().getText().startsWith("300 attempts"));
        assertEquals("Strategic Thinking", robot.lookup("#weakest-name").queryLabeled().getText());

        LineChart<?, ?> trend = robot.lookup(".trend-chart").queryAs(LineChart.class);
        assertEquals(5, trend.getData().size());
        assertTrue(trend.getData().stream().allMatch(s -> !s.getData().isEmpty()));
        assertEquals(2, robot.lookup("#radar-chart").queryAs(RadarChart.class).series().size());
        HeatMap heat = robot.lookup("#heat-map").queryAs(HeatMap.class);
        assertEquals(8 * 5, heat.lookupAll(".heat-cell").size(), "a cell per bank and dimension");
        assertTrue(heat.lookupAll(".heat-empty").size() > 0, "dimensions a bank never scores are marked");
        LineChart<?, ?> time = robot.lookup(".time-chart").queryAs(LineChart.class);
        assertEquals(3, time.getData().size());
        assertTrue(robot.lookup("#practice-calendar").queryAs(CalendarHeatmap.class).cellCount() > 170);
        assertTrue(robot.lookup("#longest-streak").queryLabeled().getText().endsWith("days"));
        assertEquals(6, robot.lookup("#spark-words").queryAs(Sparkline.class).values().size());
        assertTrue(robot.lookup("#typed-table").query().isVisible());

        Screenshots.save(robot, scene, "progress-light-1280");
        robot.interact(() -> robot.lookup("#progress-scroll").queryAs(ScrollPane.class).setVvalue(0.55));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, scene, "progress-light-1280-middle");
        robot.interact(() -> robot.lookup("#progress-scroll").queryAs(ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, scene, "progress-light-1280-bottom");
    }

    @Test
    void looksRightInDarkAndOnASmallWindow(FxRobot robot) throws Exception {
        fixture = new ProgressFixture(dataDir);
        fixture.seed(300);
        open(robot, 1280, 820, true);
        Screenshots.save(robot, scene, "progress-dark-1280");
        robot.interact(() -> robot.lookup("#progress-scroll").queryAs(ScrollPane.class).setVvalue(0.55));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, scene, "progress-dark-1280-middle");
        robot.interact(() -> robot.lookup("#progress-scroll").queryAs(ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, scene, "progress-dark-1280-bottom");

        open(robot, 960, 640, false);
        ScrollPane scroll = robot.lookup("#progress-scroll").queryAs(ScrollPane.class);
        // One column: the cards that sit side by side on a wide window stack, each as wide as the page.
        Node radar = robot.lookup("#radar-card").query();
        Node time = robot.lookup("#time-card").query();
        // The columns follow the new width on a later layout pulse; a loaded machine may need a few.
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> Math.abs(radar.getBoundsInParent().getMinX() - time.getBoundsInParent().getMinX()) < 0.5);
        assertEquals(radar.getBoundsInParent().getMinX(), time.getBoundsInParent().getMinX(), 0.5);
        assertTrue(time.getBoundsInParent().getMinY() > radar.getBoundsInParent().getMaxY());
        assertTrue(time.getBoundsInParent().getMaxX() <= scroll.getViewportBounds().getWidth() + 0.5);
        Screenshots.save(robot, scene, "progress-light-960");
        robot.interact(() -> scroll.setVvalue(0.45));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, scene, "progress-light-960-middle");
    }

    @Test
    void showsAFriendlyEmptyStateWithoutAttempts(FxRobot robot) throws Exception {
        open(robot, 1280, 820, false);

        assertTrue(robot.lookup("#progress-empty").query().isVisible());
        assertFalse(robot.lookup("#progress-scroll").query().isVisible());
        assertEquals("No attempts yet", robot.lookup("#progress-summary").queryLabeled().getText());
        Screenshots.save(robot, scene, "progress-empty");
    }

    @Test
    void practiseButtonsStartAPracticeOfTheirQuestions(FxRobot robot) throws Exception {
        fixture = new ProgressFixture(dataDir);
        fixture.seed(300);
        open(robot, 1280, 820, false);
        assertNull(fixture.state.practiceRequestProperty().get());

        robot.clickOn("#practise-weakest");
        PracticeRequest weakest = fixture.state.practiceRequestProperty().get();
        assertNotNull(weakest);
        assertEquals("Weakest: Strategic Thinking", weakest.title());
        assertEquals(ProgressFixture.NEW_QUESTION, weakest.questions().get(0).question().id());

        robot.interact(() -> fixture.state.practiceRequestProperty().set(null));
        robot.interact(() -> ((MainWindow) scene.getRoot()).show(Screen.PROGRESS));
        robot.clickOn("#start-bank-0");
        PracticeRequest bank = fixture.state.practiceRequestProperty().get();
        assertEquals("Running strategy offsites", bank.title());
        assertEquals(2, bank.questions().size());
    }

    @Test
    void practiseAgainAsksTheQuestionWhoseLastScoreWasLow(FxRobot robot) throws Exception {
        fixture = new ProgressFixture(dataDir);
        fixture.attempts.save(ProgressFixture.typed("team-conflict", "team-conflict-q1", 50, "I talked.", 4));
        fixture.attempts.save(ProgressFixture.typed("team-conflict", "team-conflict-q2", 40, "We talked.", 1));
        fixture.attempts.save(ProgressFixture.typed("team-conflict", "team-conflict-q3", 30, "I listened.", 5));
        open(robot, 1280, 820, false);

        Button again = robot.lookup("#practise-again-0").queryButton();
        assertFalse(again.isDisabled());
        robot.clickOn(again);

        PracticeRequest request = fixture.state.practiceRequestProperty().get();
        assertEquals("team-conflict-q2", request.questions().get(0).question().id());
        assertEquals(1, request.questions().size());
    }
}
