package org.emdrill.ui.practice;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.emdrill.audio.playback.WaveformSource;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.ui.common.Listening;
import org.emdrill.ui.common.RecordingIndicator;
import org.emdrill.ui.common.SegmentedLevel;
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

/** A voice loud enough to clip lights the meter's top segments in the danger colour; a normal one does not. */
@ExtendWith(ApplicationExtension.class)
class LoudMeterFlowTest {

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
                        listening));
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void onlyANearlyClippingVoiceTurnsTheTopSegmentsRed(FxRobot robot) throws Exception {
        robot.clickOn("#mode-spoken");
        robot.clickOn("#start-practice");
        robot.clickOn("#primary-action");
        robot.clickOn("#skip-prep");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> device.opened);
        SegmentedLevel meter = robot.lookup("#recording-indicator").queryAs(RecordingIndicator.class).meter();

        device.feed(FakeMicrophone.tone(1.0, 200, 0.4)); // -11 dB of full scale: a voice close to the microphone
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> device.unread() == 0 && meter.shownLevel() > 0.7);
        assertFalse(meter.showsTooLoud(), "a normal loud voice is green");

        device.feed(FakeMicrophone.tone(1.0, 200, 0.95)); // -3.5 dB: its peaks clip
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, meter::showsTooLoud);

        device.feed(FakeMicrophone.silence(2.5));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> device.unread() == 0 && !meter.showsTooLoud());
    }
}
