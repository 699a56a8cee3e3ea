package org.emdrill.insights;

/**
 * How many words fill a question's target time when spoken: the target at {@link #WORDS_PER_MINUTE},
 * within ±15%. A typed answer is read against the same, since it stands for what would be said. 130 is
 * the middle of the 120–160 band people aim for in an interview ({@link SpeakingRate}), a little to the
 * slow side, as a candidate thinking aloud speaks slower than one reading.
 *
 * @param targetSeconds the question's target time
 * @param words         the words that fill it
 * @param min           the fewest words still about right
 * @param max           the most words still about right
 */
public record LengthGuide(int targetSeconds, int words, int min, int max) {

    public static final int WORDS_PER_MINUTE = 130;
    static final double BAND = 0.15;

    public static LengthGuide forTarget(int targetSeconds) {
        int seconds = Math.max(1, targetSeconds);
        int words = (int) Math.round(seconds * WORDS_PER_MINUTE / 60.0);
        return new LengthGuide(seconds, words, (int) Math.round(words * (1 - BAND)),
                (int) Math.round(words * (1 + BAND)));
    }

    public enum Fit { SHORT, WITHIN, LONG }

    public Fit fit(int answerWords) {
        if (answerWords < min) {
            return Fit.SHORT;
        }
        return answerWords > max ? Fit.LONG : Fit.WITHIN;
    }
}
