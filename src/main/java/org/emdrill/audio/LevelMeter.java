package org.emdrill.audio;

/**
 * Loudness of the latest captured chunk for a meter, 0..1 over -60..0 dB of full scale (RMS), and whether
 * anything above {@value #HEARD_DB} dB has been heard yet. Written by the capture thread, read by the screen.
 */
final class LevelMeter {

    static final double FLOOR_DB = -60;
    /** A live microphone in a quiet room hisses below this; a voice at arm's length is well above it. */
    static final double HEARD_DB = -50;

    private volatile float level;
    private volatile boolean heard;

    void measure(byte[] pcm, int length) {
        int samples = length / 2;
        if (samples == 0) {
            return;
        }
        double sum = 0;
        for (int i = 0; i + 1 < length; i += 2) {
            double s = (short) ((pcm[i] & 0xFF) | (pcm[i + 1] << 8)) / 32768.0;
            sum += s * s;
        }
        double db = 10 * Math.log10(sum / samples + 1e-12);
        level = (float) Math.max(0, Math.min(1, (db - FLOOR_DB) / -FLOOR_DB));
        if (db > HEARD_DB) {
            heard = true;
        }
    }

    double level() {
        return level;
    }

    boolean heardAnything() {
        return heard;
    }
}
