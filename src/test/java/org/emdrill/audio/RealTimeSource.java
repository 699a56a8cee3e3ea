package org.emdrill.audio;

/**
 * Synthesised speech-like audio delivered at the pace of a real microphone: what has "arrived" since open,
 * read in the same polls {@link MicrophoneSource} makes, looping a few seconds of syllables.
 */
public final class RealTimeSource implements AudioSource {

    private final byte[] loop;
    private long openedAt;
    private long delivered;
    private volatile boolean closed;

    public RealTimeSource() {
        int rate = WavFormat.RECORDING.sampleRate();
        loop = Pcm.toBytes(Pcm.concat(Pcm.syllables(3, rate, 4, 0.3), Pcm.silence(1, rate)));
    }

    @Override
    public void open() {
        openedAt = System.nanoTime();
    }

    @Override
    public int read(byte[] buffer) throws CaptureException {
        if (closed) {
            return -1;
        }
        long due = (System.nanoTime() - openedAt) * WavFormat.RECORDING.bytesPerSecond() / 1_000_000_000L;
        due -= due % 2;
        int n = (int) Math.min(buffer.length, due - delivered);
        if (n <= 0) {
            try {
                Thread.sleep(MicrophoneSource.WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }
        for (int i = 0; i < n; i++) {
            buffer[i] = loop[(int) ((delivered + i) % loop.length)];
        }
        delivered += n;
        return n;
    }

    @Override
    public void close() {
        closed = true;
    }
}
