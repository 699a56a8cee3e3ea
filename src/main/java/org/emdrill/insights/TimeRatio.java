package org.emdrill.insights;

import java.time.Instant;

/**
 * How long one answer took against the question's target time.
 *
 * @param ratio answer time divided by target time: 1.0 is on target, 1.5 is half as long again
 */
public record TimeRatio(long attemptId, Instant finishedAt, double ratio) {

    public boolean overTarget() {
        return ratio > 1.0;
    }
}
