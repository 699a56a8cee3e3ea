package org.emdrill.insights;

import java.util.Objects;

/** What the typed-answer analytics found in one answer. */
public record AnswerAnalysis(int words, FillerReport fillers, PronounBalance pronouns, StarEstimate star) {

    public AnswerAnalysis {
        Objects.requireNonNull(fillers, "fillers");
        Objects.requireNonNull(pronouns, "pronouns");
        Objects.requireNonNull(star, "star");
    }
}
