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
}
