package org.emdrill.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.emdrill.audio.DeliveryFigures;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Scores;
import org.emdrill.store.DeliveryTrendQueries;
import org.emdrill.store.recording.Recording;
import org.emdrill.store.recording.RecordingStore;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.Styles;
import org.emdrill.ui.shell.MainWindow;
import org.emdrill.ui.shell.Screen;
import org.emdrill.ui.testing.Screenshots;
import org.emdrill.ui.testing.TextChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Progress's spoken-delivery card, in the real window frame over a real store. */
@ExtendWith(ApplicationExtension.class)
class DeliveryCardViewTest {

    @TempDir
    Path dataDir;

    private ProgressFixture fixture;
    private DeliveryTrendModel delivery;
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

    /** Spoken answers over four weeks, getting faster, with fewer long pauses. */
    private void recordSpokenWeeks() {
        RecordingStore recordings = RecordingStore.besideDatabase(fixture.database, fixture.clock);
        for (int week = 0; week < 4; week++) {
            for (int k = 0; k < 2; k++) {
                Instant end = ProgressFixture.NOW.minus(Duration.ofDays(7L * (3 - week) + k + 1));
                long id = fixture.attempts.save(new Attempt(0, "b", "Bank", "q-" + week + k, "Prompt", AnswerMode.SPOKEN,
                        Duration.ZERO, Duration.ofSeconds(100), 120, "", "", Scores.none(), Set.of(), null,
                        end.minusSeconds(100), end));
                recordings.attach(new Recording(id, "w" + id + ".wav", 100, new DeliveryFigures(100, 80,
                        2.5 - 0.5 * week, 3 - week, 3.0, 2.6 + 0.3 * week, List.of())));
            }
        }
    }

    private void open(FxRobot robot, double width, double height, boolean dark) throws Exception {
        open(robot, width, height, dark, null);
    }

    private void open(FxRobot robot, double width, double height, boolean dark, DeliveryMeasuring measuring)
            throws Exception {
        robot.interact(() -> {
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            ProgressViewModel model = fixture.model();
            delivery = new DeliveryTrendModel(fixture.state, new BackgroundRunner(fixture.worker),
                    new DeliveryTrendQueries(fixture.database), fixture.clock, ProgressFixture.ZONE, measuring);
            Map<Screen, Supplier<Node>> screens = new EnumMap<>(Screen.class);
            for (Screen s : Screen.values()) {
                screens.put(s, () -> new Label(s.title()));
            }
            screens.put(Screen.PROGRESS, () -> new ProgressView(model, delivery));
            MainWindow window = new MainWindow(fixture.state, screens);
            window.show(Screen.PROGRESS);
            scene = new Scene(window, width, height);
            scene.getStylesheets().add(Styles.APP_CSS);
            stage.setScene(scene);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> delivery.trendProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#progress-scroll").queryAs(ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsTheWeeklyRateAgainstTheBandAndTheLatestFigures(FxRobot robot) throws Exception {
        fixture = new ProgressFixture(dataDir);
        fixture.seed(20);
        recordSpokenWeeks();
        open(robot, 1280, 820, false);

        Node card = robot.lookup("#delivery-card").query();
        assertFalse(robot.lookup("#delivery-none").query().isVisible());
        // The latest week: 3.5 syllables a second is 140 words a minute, no long pause, 1 s to the first word.
        assertEquals("about 140 wpm", robot.lookup("#delivery-rate").queryLabeled().getText());
        assertEquals("0.0", robot.lookup("#delivery-pauses").queryLabeled().getText());
        assertEquals("1.0 s", robot.lookup("#delivery-first-word").queryLabeled().getText());
        assertTrue(robot.from(card).lookup("3.5 syllables/s \u00b7 in the band").tryQuery().isPresent());
        LineChart<?, ?> chart = robot.lookup("#delivery-chart").queryAs(LineChart.class);
        assertEquals(3, chart.getData().size(), "the band's two edges and the rate");
        assertEquals(4, chart.getData().get(2).getData().size(), "one point per week");
        assertEquals(120.0, ((Number) chart.getData().get(0).getData().get(0).getYValue()).doubleValue());
        assertEquals(160.0, ((Number) chart.getData().get(1).getData().get(0).getYValue()).doubleValue());
        assertTrue(robot.lookup(DeliveryCard.BAND_TEXT).tryQuery().isPresent(), "the band is named in the legend");
        assertEquals(List.of(), TextChecks.cutShort(card));
        assertInsideWindow(card);
        Screenshots.save(robot, scene, "progress-delivery-light-1280");

        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#progress-scroll").queryAs(ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), TextChecks.cutShort(card));
        assertInsideWindow(card);
        Screenshots.save(robot, scene, "progress-delivery-dark-1024");
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @Test
    void withoutSpokenAnswersTheCardSaysHowToGetThem(FxRobot robot) throws Exception {
        fixture = new ProgressFixture(dataDir);
        fixture.seed(20);
        open(robot, 1024, 700, false);
        Label none = robot.lookup("#delivery-none").queryAs(Label.class);
        assertTrue(none.isVisible());
        assertTrue(none.getText().startsWith("No spoken answers recorded yet."));
        assertFalse(robot.lookup("#delivery-chart").query().isVisible());
        assertEquals(List.of(), TextChecks.cutShort(robot.lookup("#delivery-card").query()));
        Screenshots.save(robot, scene, "progress-delivery-empty-1024");
    }

    @Test
    void recordingsNeverMeasuredAreMeasuredInTheBackgroundAndTheCardShowsThem(FxRobot robot) throws Exception {
        fixture = new ProgressFixture(dataDir);
        fixture.seed(20);
        RecordingStore recordings = RecordingStore.besideDatabase(fixture.database, fixture.clock);
        for (int k = 0; k < 3; k++) { // imported, say: attached without figures
            Instant end = ProgressFixture.NOW.minus(Duration.ofDays(k + 1));
            long id = fixture.attempts.save(new Attempt(0, "b", "Bank", "q-spoken-" + k, "Prompt", AnswerMode.SPOKEN,
                    Duration.ZERO, Duration.ofSeconds(7), 120, "", "", Scores.none(), Set.of(), null,
                    end.minusSeconds(10), end));
            String file = "imported/attempt-" + id + ".wav";
            DeliveryMeasuringTest.speech(recordings.folder().path().resolve(file));
            recordings.attach(new Recording(id, file, 0, null));
        }
        java.util.concurrent.ExecutorService lowPriority = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            open(robot, 1280, 820, false, new DeliveryMeasuring(new BackgroundRunner(lowPriority),
                    org.emdrill.store.recording.PendingFigures.besideDatabase(fixture.database, fixture.clock)));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> delivery.trendProperty().get().answers() == 3);
            WaitForAsyncUtils.waitForFxEvents();

            assertFalse(robot.lookup("#delivery-none").query().isVisible(), "no longer \"no spoken answers\"");
            assertTrue(robot.lookup("#delivery-chart").query().isVisible());
            assertEquals("1.0", robot.lookup("#delivery-pauses").queryLabeled().getText(), "the one 2.5 s pause");
            assertEquals("1.0 s", robot.lookup("#delivery-first-word").queryLabeled().getText());
            assertEquals(List.of(), TextChecks.cutShort(robot.lookup("#delivery-card").query()));
        } finally {
            lowPriority.shutdownNow();
        }
    }

    private void assertInsideWindow(Node card) {
        Bounds b = card.localToScene(card.getBoundsInLocal());
        assertTrue(b.getMinX() >= 0 && b.getMaxX() <= scene.getWidth(), "the card fits across: " + b);
    }
}
