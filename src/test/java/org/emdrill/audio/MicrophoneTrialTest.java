package org.emdrill.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MicrophoneTrialTest {

    private static final int RATE = 16_000;

    @TempDir
    Path dir;

    private static void waitUntilOver(MicrophoneTrial trial) throws InterruptedException {
        for (int i = 0; i < 500 && !trial.isOver(); i++) {
            Thread.sleep(10);
        }
        assertTrue(trial.isOver(), "the test did not end: " + trial.status());
    }

    @Test
    void recordsATemporaryWavThatDiscardDeletes() throws Exception {
        SyntheticSource source = new SyntheticSource(Pcm.concat(Pcm.silence(0.5, RATE), Pcm.syllables(3.0, RATE, 4, 0.3)));
        MicrophoneTrial trial = new MicrophoneTrial(source, dir, source.ticker::get);
        trial.start();
        waitUntilOver(trial);
        MicrophoneTrial.Result result = trial.finish();
        Path wav = result.file().orElseThrow();
        assertTrue(wav.startsWith(dir));
        assertTrue(Files.size(wav) > 44 + 3 * WavFormat.RECORDING.bytesPerSecond() - 1, "size " + Files.size(wav));
        assertTrue(result.seconds() >= MicrophoneTrial.SECONDS);
        assertTrue(result.failure().isEmpty());
        assertTrue(result.heardSomething());
        trial.discard();
        assertFalse(Files.exists(wav));
    }

    @Test
    void silenceIsNotCountedAsHeard() throws Exception {
        SyntheticSource source = new SyntheticSource(Pcm.silence(3.5, RATE));
        MicrophoneTrial trial = new MicrophoneTrial(source, dir, source.ticker::get);
        trial.start();
        waitUntilOver(trial);
        assertFalse(trial.finish().heardSomething());
        trial.discard();
    }

    @Test
    void noSoundCardIsToldForATestNotForAnAnswerAndLeavesNoFile() throws Exception {
        SyntheticSource source = new SyntheticSource(Pcm.silence(1, RATE)).failingToOpen(MicrophoneSource.NO_MICROPHONE);
        MicrophoneTrial trial = new MicrophoneTrial(source, dir, source.ticker::get);
        trial.start();
        waitUntilOver(trial);
        MicrophoneTrial.Result result = trial.finish();
        assertTrue(result.file().isEmpty());
        String message = result.failure().orElseThrow();
        assertTrue(message.startsWith("No microphone was found"), message);
        assertFalse(message.contains("answer"), message);
        trial.discard();
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void rewordsEachMicrophoneFailure() {
        assertTrue(MicrophoneTrial.plain(MicrophoneSource.BUSY).contains("in use by another program"));
        assertFalse(MicrophoneTrial.plain(MicrophoneSource.BUSY).contains("timed only"));
        assertTrue(MicrophoneTrial.plain(MicrophoneSource.LOST).contains("sent no sound"));
        assertEquals("The input \"USB mic\" is not connected. Connect it, or choose another input above.",
                MicrophoneTrial.plain("The input \"USB mic\" chosen in Settings is not connected. The answer is timed"
                        + " only; choose another input in Settings."));
    }
}
