package org.emdrill.practice;

import java.time.Duration;

/**
 * How long the prep phase lasts (zero for none), the answer's target and the hard limit at which the
 * answer stops by itself.
 */
public record TimerSettings(Duration prep, Duration target, Duration hardLimit) {

    public static final Duration DEFAULT_PREP = Duration.ofSeconds(30);

    public TimerSettings {
        if (prep.isNegative()) {
            throw new IllegalArgumentException("prep must not be negative");
        }
        if (target.isZero() || target.isNegative()) {
            throw new IllegalArgumentException("target must be positive");
        }
        if (hardLimit.compareTo(target) < 0) {
            throw new IllegalArgumentException("hard limit must not be below the target");
        }
    }

    /** The usual setting: the hard limit at twice the target. */
    public static TimerSettings of(Duration prep, Duration target) {
        return new TimerSettings(prep, target, target.multipliedBy(2));
    }
}
