package org.emdrill.audio;

/**
 * Where a recording's audio comes from: the microphone in the app, synthesised PCM in tests. Audio is
 * {@link WavFormat#RECORDING} (16 kHz, 16-bit little-endian mono). Used from one capture thread, except
 * {@link #close()}, which may come from another thread to end a read.
 */
public interface AudioSource {

    /** Starts delivering audio. */
    void open() throws CaptureException;

    /**
     * Copies captured audio into {@code buffer}, whole frames only, waiting at most a few tens of
     * milliseconds: returns the bytes copied, 0 when nothing arrived yet, -1 when the source has ended.
     */
    int read(byte[] buffer) throws CaptureException;

    /** Stops and releases the device; safe to call twice and from any thread. */
    void close();
}
