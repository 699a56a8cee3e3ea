package org.emdrill.store;

/**
 * An inclusive range of scores, for filtering. Both ends lie within 1..5 (the self-score scale), and
 * {@code min <= max}; an overall score is a weighted mean, so a range of 3..4 includes 3.5.
 */
public record ScoreRange(double min, double max) {

    public static final ScoreRange ANY = new ScoreRange(1, 5);

    public ScoreRange {
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException("not a score range: " + min + ".." + max);
        }
    }

    public static ScoreRange of(double min, double max) {
        return new ScoreRange(min, max);
    }

    public static ScoreRange atLeast(double min) {
        return new ScoreRange(min, Math.max(min, 5));
    }

    public static ScoreRange atMost(double max) {
        return new ScoreRange(Math.min(1, max), max);
    }
}
