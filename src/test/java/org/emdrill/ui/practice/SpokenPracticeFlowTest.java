package org.emdrill.ui.practice;

import static org.emdrill.ui.testing.UserView.label;
import static org.emdrill.ui.testing.UserView.reveal;
import static org.emdrill.ui.testing.UserView.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.emdrill.audio.playback.CachedWaveforms;
import org.emdrill.domain.Dimension;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.store.recording.Recording;
import org.emdrill.store.recording.RecordingStore;
import org.emdrill.ui.common.Listening;
import org.emdrill.ui.testing.AppWindow;
import org.emdrill.ui.testing.FakeMicrophone;
import org.emdrill.ui.testing.FakePlayback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A spoken answer from start to History, as a user gives it, with the real wiring and a synthesised
 * microphone: recorded while the clock runs, played in the scoring card, saved with the attempt, played
 * again from History.
 */
@ExtendWith(ApplicationExtension.class)
class SpokenPracticeFlowTest {

    @TempDir
    static Path dataDir;

    private final FakeTicker ticker = new FakeTicker();
    private final FakeClock clock = new FakeClock(Instant.parse("2026-05-04T09:00:00Z"));
    private final List<FakeMicrophone> microphones = new CopyOnWriteArrayList<>();
    private final List<FakePlayback> playbacks = new CopyOnWriteArrayList<>();
    private volatile FakeMicrophone next = new FakeMicrophone();
    private AppWindow window;

    @Start
    void start(Stage stage) {
        Listening listening = new Listening(() -> {
            FakePlayback p = new FakePlayback();
            playbacks.add(p);
            return p;
        }, new CachedWaveforms());
        window = AppWindow.open(stage, dataDir, clock, ticker, 1280, 820,
                folder -> FakeMicrophone.audio(folder, () -> next, microphones, listening));
    }

    @AfterEach
    void close() {
        window.close();
    }

    private void startSpokenAnswer(FxRobot robot) throws Exception {
        robot.clickOn("#mode-spoken");
        robot.clickOn("#start-practice");
        robot.clickOn("#primary-action");
        robot.clickOn("#skip-prep");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> microphones.size() == 1);
    }

    private static void insideTheWindow(Node n) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        assertTrue(b.getWidth() > 0 && b.getMinX() >= 0 && b.getMaxX() <= n.getScene().getWidth(), "inside: " + b);
    }

    @Test
    void aSpokenAnswerIsRecordedPlayedSavedAndPlayedAgainFromHistory(FxRobot robot) throws Exception {
        next.feed(FakeMicrophone.concat(FakeMicrophone.silence(0.4), FakeMicrophone.tone(1.5, 200, 0.4),
                FakeMicrophone.silence(2.5), FakeMicrophone.tone(1.5, 200, 0.4)));
        startSpokenAnswer(robot);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> next.unread() == 0
                && label(robot, "#recording-state").equals("Recording 0:05"));
        Node indicator = robot.lookup("#recording-indicator").query();
        assertTrue(shown(indicator), "the running answer says it is being recorded");
        insideTheWindow(indicator);
        var recording = robot.lookup("#recording-indicator").queryAs(org.emdrill.ui.common.RecordingIndicator.class);
        var meter = recording.meter();
        assertTrue(shown(robot.lookup("#recording-level").query()), "the level meter is drawn");
        assertTrue(meter.shownLevel() >= 0 && meter.shownLevel() <= 1, "the meter follows the level: " + meter.shownLevel());
        double segments = meter.shownLevel() * 12;
        assertEquals(Math.rint(segments), segments, 1e-9, "the meter lights whole segments: " + segments);
        assertTrue(recording.frames() <= recording.reads(), "it is drawn only when a read changed it");
        assertFalse(shown(robot.lookup("#recording-problem").query()), "no problem to report");

        ticker.advance(Duration.ofSeconds(95));
        clock.advance(Duration.ofSeconds(95));
        robot.clickOn("#primary-action");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#recording-player").tryQuery()
                .map(n -> shown(n)).orElse(false));
        assertFalse(shown(indicator), "the recording stopped with the answer");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#recording-delivery-pauses").tryQuery()
                .isPresent());
        assertEquals("1", label(robot, "#recording-delivery-pauses"), "the 2.5 s pause is counted");
        assertEquals("0.4 s", label(robot, "#recording-delivery-first-word"));
        reveal(robot, "#recording-play");
        robot.clickOn("#recording-play");
        FakePlayback scoring = playbacks.get(playbacks.size() - 1);
        assertTrue(scoring.playing, "the scoring card plays the answer");
        Path wav = scoring.loaded;
        assertTrue(Files.size(wav) > 44 + 5 * 32000, "the whole answer is in the file");

        String prompt = label(robot, "#prompt");
        var question = window.context().library().banks().stream().flatMap(b -> b.questions().stream())
                .filter(q -> q.prompt().equals(prompt)).findFirst().orElseThrow();
        for (Dimension d : question.dimensions().keySet()) {
            reveal(robot, "#score-" + d.id() + "-3");
            robot.clickOn("#score-" + d.id() + "-3");
        }
        reveal(robot, "#save");
        robot.clickOn("#save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.context().attempts().count() == 1);
        long id = window.context().attempts().listNewestFirst(1, 0).get(0).id();
        Recording stored = RecordingStore.besideDatabase(window.context().database(), clock).find(id).orElseThrow();
        assertEquals(wav.getFileName().toString(), stored.file());
        assertEquals(5.9, stored.durationSeconds(), 0.01);
        assertEquals(1, stored.figures().pausesOver2s(), "measured when saved");

        robot.clickOn("#nav-history");
        javafx.scene.control.TableView<?> table = robot.lookup("#history-table").queryAs(javafx.scene.control.TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#detail-play").tryQuery()
                .map(n -> shown(n)).orElse(false));
        reveal(robot, "#detail-play");
        robot.clickOn("#detail-play");
        FakePlayback history = playbacks.get(playbacks.size() - 1);
        assertTrue(history != scoring && history.playing, "History plays the saved attempt's recording");
        assertEquals(wav, history.loaded);
    }

    @Test
    void withoutAMicrophoneTheAnswerGoesOnTimedAndSaysWhy(FxRobot robot) throws Exception {
        next.refusingToOpen("No microphone was found on this computer. The answer is timed only;"
                + " connect a microphone and choose it in Settings.");
        startSpokenAnswer(robot);

        // Shown, and laid out: the message arrives between pulses, and is sized at the next one.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#recording-problem").tryQuery()
                .map(n -> shown(n) && n.getLayoutBounds().getWidth() > 0).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#recording-problem").queryAs(Label.class);
        assertTrue(problem.getText().startsWith("No microphone was found"), problem.getText());
        insideTheWindow(problem);
        ticker.advance(Duration.ofSeconds(30));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "0:30".equals(label(robot, "#timer")));
        robot.clickOn("#primary-action");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown(robot.lookup("#scoring").query()));
        assertTrue(robot.lookup("#recording-player").tryQuery().map(n -> !shown(n)).orElse(true),
                "nothing was recorded, so there is no player");
    }
}
