package org.emdrill.store;

import java.time.Duration;
import java.time.Instant;
import org.emdrill.domain.AnswerMode;

/**
 * One row of the history table: enough to list an attempt without loading its answer and scores.
 *
 * @param overall the weighted overall score at save time, null when nothing was scored
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
        Double overall) {
}
