package org.emdrill.audio;

/**
 * Loudness of what is being captured for a meter, 0..1 over -60..0 dB of full scale (RMS), and whether
 * anything above {@value #HEARD_DB} dB has been heard yet. Written by the capture thread, read by the screen.
 * The level rises at once with a louder chunk and sinks at {@value #RELEASE_DB_PER_SECOND} dB a second,
 * as a hardware meter's needle does: a voice then reads as a steady band that moves with its phrases,
 * not as a flicker at every chunk captured, and the screen has fewer changes to draw.
 */
final class LevelMeter {

    static final double FLOOR_DB = -60;
    /** A live microphone in a quiet room hisses below this; a voice at arm's length is well above it. */
    static final double HEARD_DB = -50;
    /** Fast enough that the meter falls back within a pause of two seconds, slow enough not to flicker. */
    static final double RELEASE_DB_PER_SECOND = 30;

    private final int sampleRate;
    /** Only the capture thread touches this. */
    private double shownDb = FLOOR_DB;
    private volatile float level;
    private volatile boolean heard;

    LevelMeter(int sampleRate) {
        this.sampleRate = sampleRate;
    }

    /** One chunk of 16-bit little-endian mono PCM at the meter's sample rate. */
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
        double sunk = shownDb - RELEASE_DB_PER_SECOND * samples / sampleRate;
        shownDb = Math.max(FLOOR_DB, Math.max(db, sunk));
        level = (float) Math.min(1, (shownDb - FLOOR_DB) / -FLOOR_DB);
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
