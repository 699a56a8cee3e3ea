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

/** Compare: each attempt with a recording gets its own player; one plays at a time. */
@ExtendWith(ApplicationExtension.class)
class HistoryCompareRecordingViewTest {

    @TempDir
    static Path dataDir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final FakeFiles dialogs = new FakeFiles();
    private final List<FakePlayback> playbacks = new java.util.concurrent.CopyOnWriteArrayList<>();
    private HistoryFixture store;
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

    private Path record(long id) throws IOException {
        var recordings = store.services.recordings();
        Path wav = recordings.folder().path().resolve("answer-" + id + ".wav");
        Files.createDirectories(wav.getParent());
        Files.write(wav, new byte[] {'R', 'I', 'F', 'F'});
        recordings.attach(new Recording(id, wav.getFileName().toString(), 100, HistoryRecordingViewTest.FIGURES));
        return wav;
    }

    @Test
    void eachRecordedAttemptHasAPlayerAndStartingOnePausesTheOther(FxRobot robot) throws Exception {
        Path first = record(store.save(spoken("Describe a disagreement with your product manager.", 1)));
        store.save(spoken("Describe a disagreement with your product manager.", 2));
        Path third = record(store.save(spoken("Describe a disagreement with your product manager.", 3)));
        float[] peaks = new float[200];
        java.util.Arrays.fill(peaks, 0.5f);
        Listening listening = new Listening(() -> {
            FakePlayback p = new FakePlayback();
            playbacks.add(p);
            return p;
        }, wav -> Optional.of(new Waveform(100, peaks, HistoryRecordingViewTest.FIGURES.pauses())));
        robot.interact(() -> {
            HistoryViewModel model = new HistoryViewModel(store.services.with(listening), new BackgroundRunner(worker),
                    HistoryFixture.state(), HistoryFixture.CLOCK, ColumnWidthStore.NONE, dialogs);
            Scene scene = new Scene(new HistoryView(model), 1400, 900);
            scene.getStylesheets().add(Styles.APP_CSS);
            stage.setScene(scene);
            stage.show();
        });
        settle();
        robot.clickOn(robot.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r && r.getItem() != null).findFirst().orElseThrow());
        settle();
        robot.clickOn("#compare-attempts");
        settle();

        assertTrue(robot.lookup("#compare-1-player").tryQuery().isPresent(), "the first attempt's player");
        assertTrue(robot.lookup("#compare-2-player").tryQuery().isEmpty(), "no recording, no player");
        assertTrue(robot.lookup("#compare-3-player").tryQuery().isPresent(), "the third attempt's player");
        FakePlayback one = loadedWith(first);
        FakePlayback three = loadedWith(third);
        Region wave = robot.lookup("#compare-1-waveform").queryAs(Region.class);
        assertTrue(wave.isVisible() && wave.getWidth() > 100, "the waveform is drawn: " + wave.getWidth());

        robot.clickOn("#compare-1-play");
        settle();
        assertTrue(one.playing, "the first attempt plays");
        robot.clickOn("#compare-3-play");
        settle();
        assertTrue(three.playing, "the third attempt plays");
        assertFalse(one.playing, "and the first paused for it");

        robot.clickOn("#compare-back");
        settle();
        assertTrue(one.closed && three.closed, "leaving the compare view lets go of the sound output");
    }

    /** The compare view's playback of {@code wav} (the detail behind it may hold the same file). */
    private FakePlayback loadedWith(Path wav) {
        List<FakePlayback> all = new java.util.ArrayList<>(playbacks);
        java.util.Collections.reverse(all);
        return all.stream().filter(p -> wav.equals(p.loaded)).findFirst()
                .orElseThrow(() -> new AssertionError("nothing loaded " + wav));
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
    }
}
