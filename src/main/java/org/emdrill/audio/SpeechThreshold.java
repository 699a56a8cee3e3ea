package org.emdrill.audio;

import java.util.Arrays;

/**
 * The loudness above which a frame is speech, calibrated from the recording itself. The noise floor is
 * the level the quietest frames share (the 5th percentile: silence between sentences, room tone, hiss
 * after the band filter); speech is the loud end (the 98th percentile). The threshold sits 30% of the
 * way up from the floor, at least 8 dB above it, so steady noise never crosses it and a quiet voice,
 * which is still well above its own room's floor, does.
 */
final class SpeechThreshold {

    /** Below this contrast between floor and loud frames there is no speech/silence contrast to find. */
    static final double MIN_CONTRAST_DB = 10;
    static final double MIN_MARGIN_DB = 8;
    static final double SHARE_OF_RANGE = 0.3;
    /** With no contrast, audio this loud throughout is taken as continuous speech rather than noise. */
    static final double CONTINUOUS_SPEECH_DB = -35;

    private SpeechThreshold() {
    }

    /** The threshold in dB, or +infinity when nothing is speech, -infinity when everything is. */
    static double of(float[] frameDb) {
        if (frameDb.length == 0) {
            return Double.POSITIVE_INFINITY;
        }
        float[] sorted = frameDb.clone();
        Arrays.sort(sorted);
        double floor = percentile(sorted, 0.05);
        double loud = percentile(sorted, 0.98);
        double range = loud - floor;
        if (range < MIN_CONTRAST_DB) {
            return loud > CONTINUOUS_SPEECH_DB ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return floor + Math.max(MIN_MARGIN_DB, SHARE_OF_RANGE * range);
    }

    private static double percentile(float[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }
}
