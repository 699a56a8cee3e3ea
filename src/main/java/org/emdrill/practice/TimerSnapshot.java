package org.emdrill.practice;

import java.time.Duration;

/** What the answer timer shows at one moment. */
public record TimerSnapshot(
        TimerPhase phase,
        boolean paused,
        Duration prepElapsed,
        Duration prepRemaining,
        Duration answerElapsed,
        Duration target,
        Duration hardLimit,
        boolean stoppedAtHardLimit) {

    public boolean overTarget() {
        return answerElapsed.compareTo(target) >= 0;
    }

    /** Answer progress against the target, 0 to 1 (capped). */
    public double progressToTarget() {
        double p = (double) answerElapsed.toMillis() / Math.max(1, target.toMillis());
        return Math.min(1.0, p);
    }
}
