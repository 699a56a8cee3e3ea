package org.emdrill.insights;

import java.time.Instant;

/**
 * One point of a dimension's trend: the score given in one attempt and the moving average up to it.
 *
 * @param average the mean of this score and up to {@code window - 1} scores before it
 * @param samples how many scores the average is over (fewer than the window at the start)
 */
public record TrendPoint(long attemptId, Instant finishedAt, int score, double average, int samples) {
}
