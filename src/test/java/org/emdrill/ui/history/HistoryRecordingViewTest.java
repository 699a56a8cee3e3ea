package org.emdrill.ui.history;

import static org.emdrill.ui.history.HistoryFixture.spoken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.emdrill.audio.DeliveryFigures;
import org.emdrill.audio.Span;
import org.emdrill.audio.Waveform;
import org.emdrill.audio.playback.PlaybackSpeed;
import org.emdrill.settings.ColumnWidthStore;
import org.emdrill.store.recording.Recording;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.Listening;
import org.emdrill.ui.common.Styles;
import org.emdrill.ui.testing.FakePlayback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A spoken attempt with a recording, opened in History: the player and the delivery figures. */
@ExtendWith(ApplicationExtension.class)
class HistoryRecordingViewTest {

    @TempDir
    static Path dataDir;

    static final DeliveryFigures FIGURES = new DeliveryFigures(100, 74, 1.6, 2, 3.5, 3.9,
            List.of(new Span(20, 22.5), new Span(50, 53.5), new Span(70, 71)));

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final FakeFiles dialogs = new FakeFiles();
    private final FakePlayback playback = new FakePlayback();
    private HistoryFixture store;
    private HistoryViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        store = new HistoryFixture(dataDir.resolve("run-" + System.nanoTime()));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @AfterEach
    void close() throws Exception {
        worker.shutdownNow();
        worker.awaitTermination(5, TimeUnit.SECONDS);
        store.close();
    }

    private long seedWithRecording() throws IOException {
        long id = store.save(spoken("Describe a disagreement with your product manager.", 24));
        var recordings = store.services.recordings();
        Path wav = recordings.folder().path().resolve("answer-" + id + ".wav");
        Files.createDirectories(wav.getParent());
        Files.write(wav, new byte[] {'R', 'I', 'F', 'F'});
        recordings.attach(new Recording(id, wav.getFileName().toString(), 100, FIGURES));
        return id;
    }

    private void open(FxRobot robot) {
        float[] peaks = new float[200];
        for (int i = 0; i < peaks.length; i++) {
            peaks[i] = (float) (0.3 + 0.6 * Math.abs(Math.sin(i / 7.0)));
        }
        Listening listening = new Listening(() -> playback,
                wav -> Optional.of(new Waveform(100, peaks, FIGURES.pauses())));
        robot.interact(() -> {
            AppState state = HistoryFixture.state();
            model = new HistoryViewModel(store.services.with(listening), new BackgroundRunner(worker), state,
                    HistoryFixture.CLOCK, ColumnWidthStore.NONE, dialogs);
            Scene scene = new Scene(new HistoryView(model), 1400, 900);
            scene.getStylesheets().add(Styles.APP_CSS);
            stage.setScene(scene);
            stage.show();
        });
        settle();
        robot.clickOn(robot.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r && r.getItem() != null).findFirst().orElseThrow());
        settle();
    }

    @Test
    void theWaveformShowsWithPausesAndAClickSeeksThere(FxRobot robot) throws Exception {
        seedWithRecording();
        open(robot);

        Region wave = robot.lookup("#detail-waveform").queryAs(Region.class);
        assertTrue(wave.isVisible() && wave.getWidth() > 100, "the waveform is drawn: " + wave.getWidth());
        assertEquals(3, wave.getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("wave-pause") || n.getStyleClass().contains("wave-pause-long"))
                .count(), "each pause is marked");
        assertEquals(2, wave.getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("wave-pause-long")).count(), "two pauses are over 2 s");
        assertTrue(playback.loaded.toString().endsWith(".wav"));

        Bounds b = wave.localToScreen(wave.getBoundsInLocal());
        robot.clickOn(b.getMinX() + b.getWidth() * 0.75, b.getCenterY());
        settle();

        assertEquals(75, playback.seeks.get(playback.seeks.size() - 1), 1.5, "three quarters in");
        assertEquals("1:15 / 1:40", robot.lookup("#detail-time").queryAs(Label.class).getText());

        robot.clickOn("#detail-play");
        assertTrue(playback.playing);
        robot.clickOn("#detail-speed-fastest");
        assertEquals(PlaybackSpeed.FASTEST, playback.speed);
        robot.clickOn("#detail-speed-faster");
        assertEquals(PlaybackSpeed.FASTER, playback.speed);
        robot.clickOn("#detail-play");
        assertFalse(playback.playing);
    }

    @Test
    void theDeliveryFiguresShowBesideThePlayer(FxRobot robot) throws Exception {
        seedWithRecording();
        open(robot);

        assertEquals("about 156 wpm", robot.lookup("#detail-delivery-rate").queryAs(Label.class).getText());
        assertEquals("2", robot.lookup("#detail-delivery-pauses").queryAs(Label.class).getText());
        assertEquals("3.5 s", robot.lookup("#detail-delivery-longest-pause").queryAs(Label.class).getText());
        assertEquals("1.6 s", robot.lookup("#detail-delivery-first-word").queryAs(Label.class).getText());
        assertEquals("1:14", robot.lookup("#detail-delivery-talk").queryAs(Label.class).getText());
        assertEquals("83 %", robot.lookup("#detail-delivery-target-share").queryAs(Label.class).getText());
    }

    @Test
    void deletingTheRecordingKeepsTheAttempt(FxRobot robot) throws Exception {
        long id = seedWithRecording();
        Path wav = store.services.recordings().fileOf(store.services.recordings().find(id).orElseThrow());
        open(robot);
        dialogs.confirmAnswer = true;

        robot.clickOn("#delete-recording");
        settle();

        assertFalse(Files.exists(wav), "the file is gone");
        assertEquals(Optional.empty(), store.services.recordings().find(id));
        Node section = robot.lookup("#detail-recording").query();
        assertFalse(section.isVisible(), "the detail no longer offers a recording");
        assertTrue(robot.lookup("#detail-prompt").queryAs(Label.class).getText().startsWith("Describe a disagreement"),
                "the attempt is still open");
        assertEquals(1, store.services.search().count(org.emdrill.store.AttemptFilter.ALL));
    }

    @Test
    void anAttemptWithoutARecordingShowsNoPlayer(FxRobot robot) {
        store.save(spoken("Tell me about a launch that slipped.", 10));
        open(robot);

        assertFalse(robot.lookup("#detail-recording").query().isVisible());
    }

    @Test
    void noSoundOutputIsAPlainMessageBesideThePlayer(FxRobot robot) throws Exception {
        seedWithRecording();
        open(robot);
        robot.clickOn("#detail-play");
        robot.interact(() -> playback.fail("No sound output is available, so the recording cannot be played here."));
        settle();

        Label message = robot.lookup("#detail-message").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertTrue(message.getText().startsWith("No sound output"));
    }

    private void settle() {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            try {
                worker.submit(() -> { }).get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
