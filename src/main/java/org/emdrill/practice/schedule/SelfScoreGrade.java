package org.emdrill.practice.schedule;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The one place that turns a self-score into a scheduling grade. The overall score is the weighted mean
 * of the 1 to 5 dimension scores (see {@code Scores.overall}); the thresholds follow the rubric's
 * meaning: below 2 the answer missed the point (Again), below 3 it was weak (Hard), up to 4.25 it was
 * solid (Good), above that it was strong across the board (Easy). An attempt without scores says
 * nothing about how well the question went, so it leaves the schedule alone.
 */
public final class SelfScoreGrade {

    public static final double AGAIN_BELOW = 2.0;
    public static final double HARD_BELOW = 3.0;
    public static final double GOOD_BELOW = 4.25;

    private SelfScoreGrade() {
    }

    /** The grade for an overall score, or empty when the attempt was not scored. */
    public static Optional<Grade> of(Double overall) {
        if (overall == null || overall.isNaN()) {
            return Optional.empty();
        }
        if (overall < AGAIN_BELOW) {
            return Optional.of(Grade.AGAIN);
        }
        if (overall < HARD_BELOW) {
            return Optional.of(Grade.HARD);
        }
        if (overall < GOOD_BELOW) {
            return Optional.of(Grade.GOOD);
        }
        return Optional.of(Grade.EASY);
    }

    public static Optional<Grade> of(OptionalDouble overall) {
        return overall.isPresent() ? of(overall.getAsDouble()) : Optional.empty();
    }
}
