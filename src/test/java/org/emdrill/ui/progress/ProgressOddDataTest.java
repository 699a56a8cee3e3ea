package org.emdrill.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.store.SeedAttempts;
import org.emdrill.ui.common.Styles;
import org.emdrill.ui.common.charts.HeatMap;
import org.emdrill.ui.testing.Colours;
import org.emdrill.ui.testing.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Progress with the little or odd data a new user has: one day of practice, dimensions never scored. */
@ExtendWith(ApplicationExtension.class)
class ProgressOddDataTest {

    private static final String PROGRESS_CSS = ProgressView.class.getResource("/org/emdrill/ui/progress/progress.css")
            .toExternalForm();

    @TempDir
    Path dataDir;

    private ProgressFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @Test
    void oneDayOfPracticeDrawsPointsAndLeavesUnscoredDimensionsOffTheRadar(FxRobot robot) throws Exception {
        fixture = new ProgressFixture(dataDir);
        for (int hoursAgo = 1; hoursAgo <= 3; hoursAgo++) {
            fixture.attempts.save(attempt(hoursAgo, Map.of(Dimension.LEADERSHIP, hoursAgo + 1, Dimension.EXECUTION, 3)));
        }
        Scene scene = open(robot, false);

        LineChart<?, ?> trend = robot.lookup(".trend-chart").queryAs(LineChart.class);
        assertTrue(trend.getCreateSymbols(), "a day of practice is too short a line to see: each point is marked");
        for (XYChart.Series<?, ?> series : trend.getData()) {
            for (XYChart.Data<?, ?> point : series.getData()) {
                Node dot = point.getNode();
                assertTrue(dot.isVisible() && dot.getStyleClass().contains("trend-dot"));
                assertTrue(dot.getLayoutBounds().getWidth() >= 6, "a dot big enough to see: " + dot.getLayoutBounds());
            }
        }
        assertEquals(3, trend.getData().get(Dimension.LEADERSHIP.ordinal()).getData().size());
        // Three answers an hour apart fill the axis, read in hours: on a whole day's axis they would touch.
        javafx.scene.chart.NumberAxis axis = (javafx.scene.chart.NumberAxis) trend.getXAxis();
        double span = axis.getUpperBound() - axis.getLowerBound();
        assertTrue(span >= 2 / 24.0 && span <= 6 / 24.0, "axis spans " + span * 24 + " hours");
        String label = axis.getTickLabelFormatter().toString(axis.getLowerBound());
        assertTrue(label.matches("(\\w{3} )?\\d{1,2}:00"), "an hour label: " + label);

        Set<String> empty = robot.lookup(".radar-axis-empty").queryAllAs(Text.class).stream().map(Text::getText)
                .collect(Collectors.toSet());
        assertEquals(Set.of("Conflict Resolution\nno data", "Coaching\nno data", "Strategic Thinking\nno data"), empty);
        Polygon recent = robot.lookup(".radar-area.radar-recent").queryAllAs(Node.class).stream()
                .filter(Polygon.class::isInstance).map(Polygon.class::cast).findFirst().orElseThrow();
        assertEquals(4, recent.getPoints().size(), "two scored dimensions, no vertex at zero for the others");
        assertEquals(2, robot.lookup(".radar-dot").queryAll().size(), "two values make no area: each is marked");
        javafx.geometry.Bounds ring = robot.lookup(".radar-ring").queryAll().stream().reduce((a, b) -> b).orElseThrow()
                .getLayoutBounds();
        assertTrue(ring.getWidth() > 150, "an axis without data does not shrink the chart: " + ring);
        Screenshots.save(robot, scene, "progress-one-day");
    }

    @Test
    void neighbouringHeatMapStepsDifferClearlyInBothThemes(FxRobot robot) {
        for (boolean dark : List.of(false, true)) {
            List<Color> steps = new ArrayList<>();
            HeatMap[] map = new HeatMap[1];
            StackPane[] page = new StackPane[1];
            robot.interact(() -> {
                Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                        : new PrimerLight().getUserAgentStylesheet());
                map[0] = new HeatMap("not scored");
                List<HeatMap.Cell> cells = new ArrayList<>();
                for (int level = 1; level <= 5; level++) {
                    cells.add(new HeatMap.Cell(level + ".0", "heat-" + level, ""));
                }
                map[0].setData(List.of("Bank"), List.of("1", "2", "3", "4", "5"), List.of(cells));
                page[0] = new StackPane(map[0]);
                page[0].getStyleClass().add(Styles.SCREEN);
                Scene scene = new Scene(page[0], 800, 200);
                scene.getStylesheets().addAll(Styles.APP_CSS, PROGRESS_CSS);
                stage.setScene(scene);
                stage.setWidth(800);
                stage.setHeight(200);
                stage.show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                Color backdrop = dark ? Color.web("#0d1117") : Color.WHITE;
                for (int level = 1; level <= 5; level++) {
                    Label cell = (Label) map[0].lookup(".heat-" + level);
                    steps.add(Colours.composite(backdrop, cell.getBackground().getFills()));
                    Color text = (Color) cell.getTextFill();
                    assertTrue(Colours.contrast(text, steps.get(level - 1)) >= 4.5,
                            (dark ? "dark" : "light") + " step " + level + ": text contrast " + Colours.contrast(text, steps.get(level - 1)));
                }
            });
            for (int level = 1; level < 5; level++) {
                double distance = Colours.deltaE(steps.get(level - 1), steps.get(level));
                assertTrue(distance >= 10, (dark ? "dark" : "light") + ": steps " + level + " and " + (level + 1)
                        + " are " + distance + " apart (" + steps.get(level - 1) + ", " + steps.get(level) + ")");
            }
        }
    }

    private Scene open(FxRobot robot, boolean dark) throws Exception {
        Scene[] scene = new Scene[1];
        ProgressViewModel[] model = new ProgressViewModel[1];
        robot.interact(() -> {
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            model[0] = fixture.model();
            scene[0] = new Scene(new ProgressView(model[0]), 1280, 820);
            scene[0].getStylesheets().add(Styles.APP_CSS);
            stage.setScene(scene[0]);
            stage.setWidth(1280);
            stage.setHeight(820);
            stage.show();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model[0].loadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return scene[0];
    }

    private static Attempt attempt(int hoursAgo, Map<Dimension, Integer> scores) {
        Instant finished = ProgressFixture.NOW.minus(Duration.ofHours(hoursAgo));
        SeedAttempts.SeedBank bank = SeedAttempts.BANKS.get(0);
        String question = SeedAttempts.questionId(bank, 0);
        return new Attempt(0, bank.id(), bank.title(), question, "Prompt of " + question, AnswerMode.SPOKEN,
                Duration.ZERO, Duration.ofSeconds(100), 120, "", "", new Scores(new EnumMap<>(scores)), Set.of(),
                scores.values().stream().mapToInt(Integer::intValue).average().orElse(0), finished.minusSeconds(100),
                finished);
    }
}
