package org.emdrill.ui.progress;

import java.time.YearMonth;
import java.util.OptionalDouble;

/**
 * The typed-answer analytics of one calendar month, pooled over that month's typed answers.
 *
 * @param answers        typed answers with any words in them; 0 for a month without
 * @param wordsPerAnswer mean words per answer
 * @param fillersPer100  fillers per 100 words, over all the month's words together
 * @param shareOfI       "I" among "I" and "we", from 0 to 1; empty when neither was said
 */
public record TypedAnswerMonth(YearMonth month, int answers, OptionalDouble wordsPerAnswer,
                               OptionalDouble fillersPer100, OptionalDouble shareOfI) {

    public static TypedAnswerMonth none(YearMonth month) {
        return new TypedAnswerMonth(month, 0, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }
}
