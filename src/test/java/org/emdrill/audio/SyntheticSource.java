package org.emdrill.audio;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * Synthesised PCM delivered in 100 ms chunks, as fast as it is read, with a ticker that moves 100 ms per
 * read so the recorder's sense of time is the audio's. It can fail to open, fail after some chunks, or
 * go quiet (return nothing) after some chunks, as an unplugged device does.
 */
final class SyntheticSource implements AudioSource {

    static final int CHUNK = WavFormat.RECORDING.bytesPerSecond() / 10;

    final AtomicLong ticker = new AtomicLong(1_000_000_000L);
    private final byte[] pcm;
    private int position;
    private int chunks;
    private String openFailure;
    private int failAfterChunks = -1;
    private int silentAfterChunks = -1;
    private IntConsumer onChunk = i -> { };
    volatile boolean closed;

    SyntheticSource(float[] samples) {
        this.pcm = Pcm.toBytes(samples);
    }

    SyntheticSource failingToOpen(String message) {
        openFailure = message;
        return this;
    }

    SyntheticSource failingAfter(int chunkCount) {
        failAfterChunks = chunkCount;
        return this;
    }

    SyntheticSource silentAfter(int chunkCount) {
        silentAfterChunks = chunkCount;
        return this;
    }

    /** Runs on the capture thread before chunk {@code i} is delivered (to pause or resume at a known moment). */
    SyntheticSource onChunk(IntConsumer action) {
        onChunk = action;
        return this;
    }

    @Override
    public void open() throws CaptureException {
        if (openFailure != null) {
            throw new CaptureException(openFailure);
        }
    }

    @Override
    public int read(byte[] buffer) throws CaptureException {
        ticker.addAndGet(100_000_000L);
        if (chunks == failAfterChunks) {
            throw new CaptureException(MicrophoneSource.LOST);
        }
        if (chunks == silentAfterChunks) {
            return 0;
        }
        if (position >= pcm.length) {
            return -1;
        }
        onChunk.accept(chunks);
        int n = Math.min(Math.min(CHUNK, buffer.length), pcm.length - position);
        System.arraycopy(pcm, position, buffer, 0, n);
        position += n;
        chunks++;
        return n;
    }

    @Override
    public void close() {
        closed = true;
    }
}
