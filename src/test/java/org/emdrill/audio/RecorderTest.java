package org.emdrill.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecorderTest {

    private static final int RATE = 16_000;

    @TempDir
    Path dir;

    private static Recorder.Status finished(Recorder r) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            Recorder.Status s = r.status();
            if (s.state() == Recorder.State.STOPPED || s.state() == Recorder.State.FAILED) {
                return s;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the recorder did not finish: " + r.status());
    }

    private Recorder recorder(SyntheticSource source, Path file) {
        return new Recorder(source, file, source.ticker::get);
    }

    @Test
    void recordsTheSourceToAWavThatMeasuresAsSpoken() throws Exception {
        float[] answer = Pcm.concat(Pcm.silence(0.7, RATE), Pcm.syllables(1.5, RATE, 4, 0.3), Pcm.silence(1.2, RATE),
                Pcm.syllables(1.0, RATE, 4, 0.3), Pcm.silence(0.3, RATE));
        SyntheticSource source = new SyntheticSource(answer);
        Path file = dir.resolve("answer.wav");
        Recorder r = recorder(source, file);
        r.start();
        assertEquals(Recorder.State.STOPPED, finished(r).state());
        Recorder.Recording rec = r.stop();
        assertEquals(Path.of(file.toString()), rec.file().orElseThrow());
        assertEquals(4.7, rec.seconds(), 1e-9);
        assertTrue(rec.failure().isEmpty());
        assertTrue(source.closed);
        byte[] data = Arrays.copyOfRange(Files.readAllBytes(file), 44, (int) Files.size(file));
        assertArrayEquals(Pcm.toBytes(answer), data);

        DeliveryFigures f = new SpeechAnalyzer().analyze(file);
        assertEquals(0.7, f.firstWordSeconds(), 0.05, f.toString());
        assertEquals(2.5, f.talkSeconds(), 0.05, f.toString());
        assertEquals(1.2, f.longestPauseSeconds(), 0.05, f.toString());
    }

    @Test
    void whatIsHeardWhilePausedIsNotKept() throws Exception {
        // 3 s of audio in 30 chunks; the timer pauses over chunks 10..19.
        SyntheticSource source = new SyntheticSource(Pcm.tone(3.0, RATE, 300, 0.2));
        Recorder r = recorder(source, dir.resolve("p.wav"));
        source.onChunk(i -> {
            if (i == 10) {
                r.pause();
                assertEquals(Recorder.State.PAUSED, r.status().state());
            } else if (i == 20) {
                r.resume();
            }
        });
        r.start();
        finished(r);
        assertEquals(2.0, r.stop().seconds(), 1e-9);
        assertEquals(2.0, SpokenAnswer.seconds(dir.resolve("p.wav")), 1e-9);
    }

    @Test
    void aDeviceLostMidAnswerKeepsWhatWasRecorded() throws Exception {
        SyntheticSource source = new SyntheticSource(Pcm.tone(5.0, RATE, 300, 0.2)).failingAfter(15);
        Path file = dir.resolve("lost.wav");
        Recorder r = recorder(source, file);
        r.start();
        Recorder.Status s = finished(r);
        assertEquals(Recorder.State.FAILED, s.state());
        assertEquals(MicrophoneSource.LOST, s.failure().orElseThrow());
        Recorder.Recording rec = r.stop();
        assertEquals(1.5, rec.seconds(), 1e-9);
        assertEquals(MicrophoneSource.LOST, rec.failure().orElseThrow());
        assertEquals(1.5, SpokenAnswer.seconds(rec.file().orElseThrow()), 1e-9, "the header was fixed");
        assertEquals(WavRepair.Status.INTACT, WavRepair.repair(file).status());
    }

    @Test
    void aDeviceThatGoesQuietIsReportedLostAfterTwoSeconds() throws Exception {
        SyntheticSource source = new SyntheticSource(Pcm.tone(5.0, RATE, 300, 0.2)).silentAfter(10);
        Recorder r = recorder(source, dir.resolve("quiet.wav"));
        long begin = source.ticker.get();
        r.start();
        Recorder.Status s = finished(r);
        assertEquals(Recorder.State.FAILED, s.state());
        assertEquals(MicrophoneSource.LOST, s.failure().orElseThrow());
        double secondsOfTicker = (source.ticker.get() - begin) / 1e9;
        assertEquals(1.0 + 2.0, secondsOfTicker, 0.25, "lost once 2 s passed without audio");
        assertEquals(1.0, r.stop().seconds(), 1e-9);
    }

    @Test
    void aDeviceSlowToStartIsGivenTimeButNotForever() throws Exception {
        SyntheticSource never = new SyntheticSource(Pcm.tone(1.0, RATE, 300, 0.2)).silentAfter(0);
        Recorder r = recorder(never, dir.resolve("never.wav"));
        long begin = never.ticker.get();
        r.start();
        Recorder.Status s = finished(r);
        assertEquals(MicrophoneSource.LOST, s.failure().orElseThrow());
        assertEquals(6.0, (never.ticker.get() - begin) / 1e9, 0.25, "six seconds for the first audio");
        assertEquals(0, r.stop().seconds());
    }

    @Test
    void aMicrophoneThatCannotOpenLeavesNoFileAndAMessage() throws Exception {
        SyntheticSource source = new SyntheticSource(Pcm.silence(1, RATE)).failingToOpen(MicrophoneSource.BUSY);
        Path file = dir.resolve("none.wav");
        Recorder r = recorder(source, file);
        r.start();
        assertEquals(MicrophoneSource.BUSY, finished(r).failure().orElseThrow());
        Recorder.Recording rec = r.stop();
        assertTrue(rec.file().isEmpty());
        assertEquals(0, rec.seconds());
        assertFalse(Files.exists(file));
    }

    @Test
    void aFileThatCannotBeCreatedIsAMessageNamingIt() throws Exception {
        // A missing folder is made (the first recording makes recordings/); a file in its place cannot be.
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x").resolve("a.wav");
        Recorder r = recorder(new SyntheticSource(Pcm.silence(1, RATE)), file);
        r.start();
        String message = finished(r).failure().orElseThrow();
        assertTrue(message.contains(file.toString()), message);
        assertTrue(r.stop().file().isEmpty());
    }

    @Test
    void theFirstRecordingMakesItsFolder() throws Exception {
        Path file = dir.resolve("recordings").resolve("a.wav");
        Recorder r = recorder(new SyntheticSource(Pcm.silence(1, RATE)), file);
        r.start();
        assertTrue(finished(r).failure().isEmpty());
        assertEquals(Optional.of(file), r.stop().file());
    }

    @Test
    void silenceForTheFirstFiveSecondsRaisesTheHeardNothingFlag() throws Exception {
        Recorder silent = recorder(new SyntheticSource(Pcm.silence(6, RATE)), dir.resolve("s.wav"));
        silent.start();
        assertTrue(finished(silent).heardNothing());
        assertEquals(0, silent.status().level());

        Recorder short4 = recorder(new SyntheticSource(Pcm.silence(4, RATE)), dir.resolve("s4.wav"));
        short4.start();
        assertFalse(finished(short4).heardNothing(), "not before 5 s");

        Recorder voice = recorder(new SyntheticSource(Pcm.concat(Pcm.silence(5.5, RATE), Pcm.tone(0.5, RATE, 300, 0.1))),
                dir.resolve("v.wav"));
        voice.start();
        Recorder.Status s = finished(voice);
        assertFalse(s.heardNothing());
        assertTrue(s.level() > 0.5 && s.level() < 1, "a -23 dB tone reads above half scale: " + s.level());
    }
}
