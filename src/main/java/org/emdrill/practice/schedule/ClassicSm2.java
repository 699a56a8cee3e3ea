package org.emdrill.practice.schedule;

/**
 * The ease-factor formula of the original SM-2 paper (Woźniak, 1990), kept as a reference point for
 * the fixed ease steps the scheduler uses. Quality runs from 0 (blackout) to 5 (perfect recall):
 * {@code EF' = EF + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02))}, never below 1.3.
 * Anki replaced the six qualities by four buttons with fixed steps (−0.20, −0.15, 0, +0.15), which is
 * what {@link Sm2Scheduler} does; this class exists so that relation stays visible and tested.
 */
public final class ClassicSm2 {

    public static final double MINIMUM_EASE = 1.3;

    private ClassicSm2() {
    }

    /** How much the ease changes for a quality 0 to 5. */
    public static double easeDelta(int quality) {
        if (quality < 0 || quality > 5) {
            throw new IllegalArgumentException("quality must be 0 to 5: " + quality);
        }
        int miss = 5 - quality;
        return 0.1 - miss * (0.08 + miss * 0.02);
    }

    /** The next ease factor, floored at 1.3 as the paper prescribes. */
    public static double nextEase(double ease, int quality) {
        return Math.max(MINIMUM_EASE, ease + easeDelta(quality));
    }
}
