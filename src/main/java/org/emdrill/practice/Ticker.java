package org.emdrill.practice;

/**
 * A monotonic clock in nanoseconds. Durations come from differences of its readings, never from counting
 * UI ticks, so a slow or stalled frame rate cannot make the timer drift.
 */
@FunctionalInterface
public interface Ticker {
    long nanos();

    static Ticker system() {
        return System::nanoTime;
    }
}
