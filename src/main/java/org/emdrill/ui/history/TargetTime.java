package org.emdrill.ui.history;

import java.time.Duration;
import org.emdrill.ui.common.Formats;

/**
 * How long an answer took against the question's target, as read on screen: "2:05 / 2:30".
 *
 * @param targetSeconds 0 when the question had no target
 */
public record TargetTime(Duration answer, int targetSeconds) {

    public TargetTime {
        answer = answer == null ? Duration.ZERO : answer;
    }

    public boolean hasTarget() {
        return targetSeconds > 0;
    }

    /** Whole seconds are compared, as they are shown: "2:30 / 2:30" is on target. */
    public boolean overTarget() {
        return hasTarget() && answer.getSeconds() > targetSeconds;
    }

    public String text() {
        return hasTarget()
                ? Formats.clock(answer) + " / " + Formats.clock(target())
                : Formats.clock(answer);
    }

    /** A sentence for a tooltip or a caption, e.g. "0:15 over the 2:30 target". */
    public String explanation() {
        if (!hasTarget()) {
            return "No target time for this question";
        }
        Duration difference = Duration.ofSeconds(Math.abs(answer.getSeconds() - targetSeconds));
        if (overTarget()) {
            return Formats.clock(difference) + " over the " + Formats.clock(target()) + " target";
        }
        return difference.isZero()
                ? "Exactly on the " + Formats.clock(target()) + " target"
                : Formats.clock(difference) + " under the " + Formats.clock(target()) + " target";
    }

    private Duration target() {
        return Duration.ofSeconds(targetSeconds);
    }
}
