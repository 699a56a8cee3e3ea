package org.emdrill.practice.schedule;

import java.time.Duration;
import java.util.List;

/**
 * The constants of the scheduler. See docs/decisions/0003-spaced-practice-sm2.md for where each comes
 * from and why EM Drill's defaults differ from Anki's in the learning steps.
 *
 * @param learningSteps      delays between the first answers of a new question; at least one
 * @param relearningSteps    delays after a lapse before the question returns to review; may be empty
 * @param graduatingDays     the first interval after the last learning step is passed with Good
 * @param easyDays           the first interval when a learning question is answered Easy
 * @param hardMultiplier     a review answered Hard: interval × this
 * @param easyBonus          a review answered Easy: interval × ease × this
 * @param lapseMultiplier    a lapse: the new interval is the old one × this, at least {@code minimumLapseDays}
 * @param leechThreshold     lapses at which a question is flagged as a leech
 */
public record Sm2Settings(
        List<Duration> learningSteps,
        List<Duration> relearningSteps,
        int graduatingDays,
        int easyDays,
        double startingEase,
        double minimumEase,
        double hardMultiplier,
        double easyBonus,
        double lapseMultiplier,
        int minimumLapseDays,
        int leechThreshold,
        int maximumDays) {

    public static final double EASE_AFTER_AGAIN = -0.20;
    public static final double EASE_AFTER_HARD = -0.15;
    public static final double EASE_AFTER_GOOD = 0.0;
    public static final double EASE_AFTER_EASY = 0.15;

    public Sm2Settings {
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        if (learningSteps.isEmpty()) {
            throw new IllegalArgumentException("at least one learning step is needed");
        }
        for (Duration d : learningSteps) {
            requirePositive(d);
        }
        for (Duration d : relearningSteps) {
            requirePositive(d);
        }
        if (graduatingDays < 1 || easyDays < graduatingDays || minimumLapseDays < 1 || maximumDays < easyDays) {
            throw new IllegalArgumentException("intervals must satisfy 1 <= graduating <= easy <= maximum"
                    + " and a lapse interval of at least one day");
        }
        if (minimumEase <= 1.0 || startingEase < minimumEase || hardMultiplier < 1.0 || easyBonus < 1.0
                || lapseMultiplier < 0.0 || leechThreshold < 1) {
            throw new IllegalArgumentException("ease and multipliers out of range");
        }
    }

    /**
     * EM Drill's defaults: Anki's review constants, with learning steps of 10 minutes and 1 day and a
     * 4-day graduating interval, because a rehearsed interview answer is worth revisiting the next day
     * rather than one minute later. Good, Good, Good on a new question therefore gives 1, 4 and 10 days.
     */
    public static Sm2Settings defaults() {
        return new Sm2Settings(List.of(Duration.ofMinutes(10), Duration.ofDays(1)), List.of(Duration.ofMinutes(10)),
                4, 7, 2.5, 1.3, 1.2, 1.3, 0.0, 1, 8, 36_500);
    }

    /** Anki's own defaults for a new deck (learning steps 1 and 10 minutes, graduating 1 day, easy 4 days). */
    public static Sm2Settings ankiDefaults() {
        return new Sm2Settings(List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)),
                1, 4, 2.5, 1.3, 1.2, 1.3, 0.0, 1, 8, 36_500);
    }

    private static void requirePositive(Duration d) {
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("steps must be positive: " + d);
        }
    }
}
