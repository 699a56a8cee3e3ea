package org.emdrill.insights;

import java.util.List;

/**
 * Reads a typed answer the way a coach would skim it: length, fillers, "I" against "we", and whether
 * it tells a complete STAR story in sensible proportions. Pure and quick (a 300-word answer takes well
 * under a millisecond), so it can run as the candidate types.
 */
public final class AnswerAnalytics {

    private AnswerAnalytics() {
    }

    public static AnswerAnalysis analyse(String answer) {
        List<Token> tokens = Tokenizer.tokens(answer == null ? "" : answer);
        List<FillerOccurrence> fillers = FillerWords.occurrences(tokens);
        return new AnswerAnalysis(
                Tokenizer.wordCount(tokens),
                FillerWords.report(tokens, fillers),
                PronounBalance.count(tokens, fillers),
                StarCues.estimate(tokens));
    }
}
