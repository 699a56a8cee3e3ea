package org.emdrill.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The attempt in progress, as autosaved: enough to put the candidate back where they were after a crash.
 *
 * @param answerFinished whether the answer had been stopped (scoring had begun)
 * @param inPrep         whether the prep phase was still running
 */
public record AttemptDraft(
        String bankId,
        String bankTitle,
        String questionId,
        String prompt,
        AnswerMode mode,
        Duration prepElapsed,
        Duration answerElapsed,
        boolean inPrep,
        boolean answerFinished,
        String answerText,
        String notes,
        Scores scores,
        Set<StarElement> star,
        Instant startedAt,
        Instant savedAt) {

    public AttemptDraft {
        Objects.requireNonNull(bankId, "bankId");
        bankTitle = bankTitle == null ? "" : bankTitle;
        Objects.requireNonNull(questionId, "questionId");
        prompt = prompt == null ? "" : prompt;
        mode = mode == null ? AnswerMode.TYPED : mode;
        prepElapsed = prepElapsed == null || prepElapsed.isNegative() ? Duration.ZERO : prepElapsed;
        answerElapsed = answerElapsed == null || answerElapsed.isNegative() ? Duration.ZERO : answerElapsed;
        answerText = answerText == null ? "" : answerText;
        notes = notes == null ? "" : notes;
        scores = scores == null ? Scores.none() : scores;
        EnumSet<StarElement> copy = EnumSet.noneOf(StarElement.class);
        if (star != null) {
            copy.addAll(star);
        }
        star = Collections.unmodifiableSet(copy);
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
