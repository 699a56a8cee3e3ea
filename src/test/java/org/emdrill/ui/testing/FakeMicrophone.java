package org.emdrill.ui.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.emdrill.audio.AudioSource;
import org.emdrill.audio.CaptureException;
import org.emdrill.audio.WavFormat;
import org.emdrill.store.recording.RecordingFolder;
import org.emdrill.ui.common.Listening;
import org.emdrill.ui.common.SpokenAudio;

/**
 * A microphone without a sound card: it delivers the synthesised audio it was fed, in 100 ms chunks, and
 * nothing more until fed again. It can refuse to open, or fail mid-answer as an unplugged device does.
 */
public final class FakeMicrophone implements AudioSource {

    static final int RATE = WavFormat.RECORDING.sampleRate();
    private static final int CHUNK = WavFormat.RECORDING.bytesPerSecond() / 10;

    private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
    private volatile String openFailure;
    private volatile String failure;
    public volatile boolean opened;
    public volatile boolean closed;

    /** Feeds {@code samples} (-1..1); the recorder reads them as fast as it polls. */
    public FakeMicrophone feed(float[] samples) {
        byte[] pcm = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            int v = Math.round(Math.max(-1, Math.min(1, samples[i])) * 32767);
            pcm[2 * i] = (byte) v;
            pcm[2 * i + 1] = (byte) (v >> 8);
        }
        for (int at = 0; at < pcm.length; at += CHUNK) {
            byte[] c = new byte[Math.min(CHUNK, pcm.length - at)];
            System.arraycopy(pcm, at, c, 0, c.length);
            chunks.add(c);
        }
        return this;
    }

    public FakeMicrophone refusingToOpen(String message) {
        openFailure = message;
        return this;
    }

    /** The next read fails, as when the device is unplugged mid-answer. */
    public void unplug(String message) {
        failure = message;
    }

    /** Audio not yet read by the recorder, in chunks. */
    public int unread() {
        return chunks.size();
    }

    @Override
    public void open() throws CaptureException {
        if (openFailure != null) {
            throw new CaptureException(openFailure);
        }
        opened = true;
    }

    @Override
    public int read(byte[] buffer) throws CaptureException {
        if (failure != null) {
            throw new CaptureException(failure);
        }
        byte[] c;
        try {
            c = chunks.poll(20, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        if (c == null) {
            return 0;
        }
        System.arraycopy(c, 0, buffer, 0, c.length);
        return c.length;
    }

    @Override
    public void close() {
        closed = true;
    }

    // ------------------------------------------------------------------ audio to feed

    public static float[] tone(double seconds, double hz, double amplitude) {
        float[] s = new float[(int) Math.round(seconds * RATE)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / RATE));
        }
        return s;
    }

    public static float[] silence(double seconds) {
        return new float[(int) Math.round(seconds * RATE)];
    }

    public static float[] concat(float[]... parts) {
        int n = 0;
        for (float[] p : parts) {
            n += p.length;
        }
        float[] out = new float[n];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    // ------------------------------------------------------------------ wiring

    /**
     * Spoken audio for a test: each answer gets the next microphone {@code next} makes (kept in
     * {@code made} for the test to feed or unplug), recordings go to {@code folder}, and the recorder's
     * clock stands still, so a microphone waiting to be fed is never taken for a dead one.
     */
    public static SpokenAudio audio(Path folder, Supplier<FakeMicrophone> next, List<FakeMicrophone> made,
                                    Listening listening) {
        return audio(folder, next, made, listening, false);
    }

    /** As above; with {@code warms}, the microphone opens before the answer, as in the app. */
    public static SpokenAudio audio(Path folder, Supplier<FakeMicrophone> next, List<FakeMicrophone> made,
                                    Listening listening, boolean warms) {
        return new SpokenAudio(new RecordingFolder(folder), () -> {
            FakeMicrophone m = next.get();
            made.add(m);
            return m;
        }, () -> 1_000_000_000L, listening, warms);
    }

    /** Silent microphones and a fake playback: for tests that do not listen. */
    public static SpokenAudio silent(Path folder) {
        return audio(folder, FakeMicrophone::new, new CopyOnWriteArrayList<>(),
                new Listening(FakePlayback::new, org.emdrill.audio.playback.WaveformSource.NONE));
    }
}
