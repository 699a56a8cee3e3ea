package org.emdrill.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One answer to one question, as saved. The prompt is kept as asked, so history stays readable even
 * when the bank is later edited or removed.
 *
 * @param id        the store's id, 0 for an attempt not yet saved
 * @param overall   the weighted overall score at save time, null when nothing was scored
 */
public record Attempt(
        long id,
        String bankId,
        String bankTitle,
        String questionId,
        String prompt,
        AnswerMode mode,
        Duration prepDuration,
        Duration answerDuration,
        int targetSeconds,
        String answerText,
        String notes,
        Scores scores,
        Set<StarElement> star,
        Double overall,
        Instant startedAt,
        Instant finishedAt) {

    public Attempt {
        Objects.requireNonNull(bankId, "bankId");
        bankTitle = bankTitle == null ? "" : bankTitle;
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(mode, "mode");
        prepDuration = prepDuration == null ? Duration.ZERO : prepDuration;
        answerDuration = answerDuration == null ? Duration.ZERO : answerDuration;
        answerText = answerText == null ? "" : answerText;
        notes = notes == null ? "" : notes;
        scores = scores == null ? Scores.none() : scores;
        EnumSet<StarElement> starCopy = EnumSet.noneOf(StarElement.class);
        if (star != null) {
            starCopy.addAll(star);
        }
        star = Collections.unmodifiableSet(starCopy);
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    public Attempt withId(long newId) {
        return new Attempt(newId, bankId, bankTitle, questionId, prompt, mode, prepDuration, answerDuration,
                targetSeconds, answerText, notes, scores, star, overall, startedAt, finishedAt);
    }
}
