package org.emdrill.insights;

import java.time.Instant;

/** A question whose latest scored attempt came out low: worth answering again. */
public record LowScore(String questionId, String bankId, String prompt, double lastOverall, long attemptId,
                       Instant finishedAt) {
}
