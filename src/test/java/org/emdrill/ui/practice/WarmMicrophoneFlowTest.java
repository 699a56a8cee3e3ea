package org.emdrill.ui.practice;

import static org.emdrill.ui.testing.UserView.label;
import static org.emdrill.ui.testing.UserView.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.emdrill.audio.playback.WaveformSource;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
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
 * As in the app, the microphone opens when a spoken question is shown, so the answer's recording has
 * sound from its first moment (a real device may take two seconds to deliver any): the screen says the
 * microphone is on, what it hears before the answer is dropped, and the answer records from the device
 * already open instead of opening another.
 */
@ExtendWith(ApplicationExtension.class)
class WarmMicrophoneFlowTest {

    @TempDir
    static Path dataDir;

    private final List<FakeMicrophone> microphones = new CopyOnWriteArrayList<>();
    private final FakeMicrophone device = new FakeMicrophone();
    private AppWindow window;

    @Start
    void start(Stage stage) {
        Listening listening = new Listening(FakePlayback::new, WaveformSource.NONE);
        window = AppWindow.open(stage, dataDir, new FakeClock(Instant.parse("2026-05-04T09:00:00Z")),
                new FakeTicker(), 1280, 820, folder -> FakeMicrophone.audio(folder, () -> device, microphones,
                        listening, true));
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void theMicrophoneOpensWithTheQuestionAndTheAnswerRecordsOnlyWhatFollowsItsStart(FxRobot robot)
            throws Exception {
        robot.clickOn("#mode-spoken");
        robot.clickOn("#start-practice");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> microphones.size() == 1 && device.opened);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(robot.lookup("#recording-waiting").query()));
        assertEquals("Microphone on \u00b7 not recording yet", label(robot, "#recording-waiting"));

        device.feed(FakeMicrophone.tone(1.0, 300, 0.3)); // heard while reading the question: not recorded
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> device.unread() == 0);

        robot.clickOn("#primary-action");
        robot.clickOn("#skip-prep");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shown(robot.lookup("#recording-waiting").query()));
        device.feed(FakeMicrophone.concat(FakeMicrophone.tone(1.5, 200, 0.4), FakeMicrophone.silence(0.5)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> device.unread() == 0
                && label(robot, "#recording-state").equals("Recording 0:02"));
        robot.clickOn("#primary-action");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> device.closed);

        assertEquals(1, microphones.size(), "the answer recorded from the device opened with the question");
        Path wav;
        try (Stream<Path> files = Files.walk(dataDir)) {
            wav = files.filter(f -> f.toString().endsWith(".wav")).findFirst().orElseThrow();
        }
        double seconds = (Files.size(wav) - 44) / 32_000.0;
        assertEquals(2.0, seconds, 0.05, "the answer's two seconds, without the second heard before it");
        assertFalse(shown(robot.lookup("#recording-waiting").query()), "the microphone is off while scoring");
    }
}
