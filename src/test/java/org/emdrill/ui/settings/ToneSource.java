package org.emdrill.ui.settings;

import java.util.concurrent.atomic.AtomicLong;
import org.emdrill.audio.AudioSource;
import org.emdrill.audio.CaptureException;

/**
 * A microphone without a sound card: 100 ms of a tone (or silence) per read, with a ticker that moves 100 ms
 * per read, so the recorder's sense of time is the audio's. It can refuse to open with a message.
 */
final class ToneSource implements AudioSource {

    private static final int CHUNK = 16_000 * 2 / 10;
    final AtomicLong ticker = new AtomicLong(1_000_000_000L);
    private final double amplitude;
    private final String openFailure;
    private int t;
    volatile boolean opened;
    volatile boolean closed;

    private final long sleepMillis;

    /** @param sleepMillis real time each read takes (a real device's takes 100 ms) */
    ToneSource(double amplitude, String openFailure, long sleepMillis) {
        this.amplitude = amplitude;
        this.sleepMillis = sleepMillis;
        this.openFailure = openFailure;
    }

    @Override
    public void open() throws CaptureException {
        if (openFailure != null) {
            throw new CaptureException(openFailure);
        }
        opened = true;
    }

    @Override
    public int read(byte[] buffer) {
        ticker.addAndGet(100_000_000L);
        int n = Math.min(CHUNK, buffer.length);
        for (int i = 0; i + 1 < n; i += 2, t++) {
            short s = (short) (amplitude * 32767 * Math.sin(2 * Math.PI * 440 * t / 16_000.0));
            buffer[i] = (byte) s;
            buffer[i + 1] = (byte) (s >> 8);
        }
        try {
            Thread.sleep(sleepMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return n;
    }

    @Override
    public void close() {
        closed = true;
    }
}
