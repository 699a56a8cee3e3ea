package org.emdrill.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaveformCacheTest {

    private static final int RATE = 16_000;

    @TempDir
    Path dir;

    private Path write(String name, float[] samples) throws Exception {
        Path file = dir.resolve(name);
        try (WavWriter w = new WavWriter(file, WavFormat.RECORDING)) {
            byte[] b = Pcm.toBytes(samples);
            w.write(b, 0, b.length);
        }
        return file;
    }

    @Test
    void peaksFollowTheLoudnessAndPausesAreMarked() throws Exception {
        // 1 s at half scale, 3 s silence, 1 s at a fifth: 5 s in 50 peaks of 0.1 s.
        Path wav = write("a.wav", Pcm.concat(Pcm.tone(1, RATE, 220, 0.5), Pcm.silence(3, RATE),
                Pcm.tone(1, RATE, 220, 0.2)));
        Waveform w = WaveformCache.compute(wav, 50);
        float[] peaks = w.peaks();
        assertEquals(50, peaks.length);
        assertEquals(5.0, w.durationSeconds(), 1e-9);
        assertEquals(0.5, peaks[5], 0.01);
        assertEquals(0, peaks[25], 1e-4);
        assertEquals(0.2, peaks[45], 0.01);
        assertEquals(1, w.pauses().size());
        assertEquals(1.0, w.pauses().get(0).startSeconds(), 0.05);
        assertEquals(4.0, w.pauses().get(0).endSeconds(), 0.05);
    }

    @Test
    void computedOnceThenReadFromTheFileBesideTheRecording() throws Exception {
        Path wav = write("b.wav", Pcm.concat(Pcm.tone(1, RATE, 220, 0.5), Pcm.silence(1, RATE), Pcm.tone(1, RATE, 220, 0.5)));
        Waveform first = WaveformCache.load(wav);
        Path cache = dir.resolve("b.wav.peaks");
        assertTrue(Files.exists(cache));
        assertEquals(WaveformCache.DEFAULT_PEAKS, first.peaks().length);
        FileTime cachedAt = Files.getLastModifiedTime(cache);
        assertEquals(first, WaveformCache.load(wav));
        assertEquals(cachedAt, Files.getLastModifiedTime(cache), "the second load read the cache");
    }

    @Test
    void aChangedRecordingOrADamagedCacheIsComputedAgain() throws Exception {
        Path wav = write("c.wav", Pcm.tone(1, RATE, 220, 0.5));
        WaveformCache.load(wav);
        Path cache = WaveformCache.cacheFileOf(wav);
        Files.write(cache, new byte[] {1, 2, 3});
        assertEquals(1.0, WaveformCache.load(wav).durationSeconds(), 1e-9);

        write("c.wav", Pcm.tone(2, RATE, 220, 0.1));
        Files.setLastModifiedTime(wav, FileTime.fromMillis(Files.getLastModifiedTime(wav).toMillis() + 5000));
        Waveform again = WaveformCache.load(wav);
        assertEquals(2.0, again.durationSeconds(), 1e-9);
        assertEquals(0.1, again.peaks()[10], 0.01);
    }

    @Test
    void anEmptyRecordingHasAnEmptyWaveform() throws Exception {
        Path wav = write("e.wav", new float[0]);
        Waveform w = WaveformCache.load(wav);
        assertEquals(0, w.peaks().length);
        assertEquals(0, w.durationSeconds());
    }
}
