package org.emdrill.audio.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.emdrill.audio.WavFormat;
import org.emdrill.audio.WavWriter;
import org.emdrill.audio.Waveform;
import org.emdrill.audio.WaveformCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedWaveformsTest {

    @TempDir
    Path dir;

    @Test
    void aRecordingGetsItsRealWaveformAndItIsCachedBesideIt() throws IOException {
        Path wav = dir.resolve("a.wav");
        int rate = WavFormat.RECORDING.sampleRate();
        try (WavWriter w = new WavWriter(wav, WavFormat.RECORDING)) {
            byte[] pcm = new byte[rate * 2 * 2];
            for (int i = rate; i < 2 * rate; i++) { // 1 s silence, then 1 s at half scale
                short s = (short) Math.round(0.5 * Short.MAX_VALUE * Math.sin(2 * Math.PI * 300 * i / rate));
                pcm[2 * i] = (byte) s;
                pcm[2 * i + 1] = (byte) (s >> 8);
            }
            w.write(pcm, 0, pcm.length);
        }

        Waveform w = new CachedWaveforms().waveform(wav).orElseThrow();

        assertEquals(2.0, w.durationSeconds(), 0.01);
        float[] peaks = w.peaks();
        assertEquals(WaveformCache.DEFAULT_PEAKS, peaks.length);
        assertEquals(0.0, peaks[10], 0.01, "the silent first second is flat");
        assertEquals(0.5, peaks[peaks.length - 10], 0.02, "the tone peaks at half scale");
        assertTrue(Files.exists(WaveformCache.cacheFileOf(wav)), "computed once, then read from the cache");
        assertEquals(w, new CachedWaveforms().waveform(wav).orElseThrow());
    }

    @Test
    void aMissingOrForeignFileHasNoWaveform() throws IOException {
        assertEquals(Optional.empty(), new CachedWaveforms().waveform(dir.resolve("gone.wav")));
        Path text = Files.writeString(dir.resolve("notes.wav"), "not a recording");
        assertEquals(Optional.empty(), new CachedWaveforms().waveform(text));
    }
}
