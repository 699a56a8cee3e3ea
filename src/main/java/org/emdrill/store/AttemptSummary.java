package org.emdrill.store;

import java.time.Duration;
import java.time.Instant;
import org.emdrill.domain.AnswerMode;

/**
 * One row of the history table: enough to list an attempt without loading its answer and scores.
 *
 * @param overall   the weighted overall score at save time, null when nothing was scored
 * @param interview where it sat in the mock interview it was part of; null for a practice attempt (or
 *                  when that interview was deleted)
 */
public record AttemptSummary(
        long id,
        Instant finishedAt,
        String bankId,
        String bankTitle,
        String questionId,
        String prompt,
        AnswerMode mode,
        Duration answerDuration,
        int targetSeconds,
        Double overall,
        InterviewPlace interview) {

    /** An attempt that was not part of a mock interview. */
    public AttemptSummary(long id, Instant finishedAt, String bankId, String bankTitle, String questionId, String prompt,
            AnswerMode mode, Duration answerDuration, int targetSeconds, Double overall) {
        this(id, finishedAt, bankId, bankTitle, questionId, prompt, mode, answerDuration, targetSeconds, overall, null);
    }

    public java.util.Optional<InterviewPlace> interviewIfAny() {
        return java.util.Optional.ofNullable(interview);
    }
}
