package org.emdrill.practice.mockinterview;

import java.time.Duration;
import java.util.Objects;
import org.emdrill.practice.Ticker;

/** A pausable stopwatch on the monotonic ticker: the interview's total time, pauses excluded. */
final class Stopwatch {

    private final Ticker ticker;
    private long accumulatedNanos;
    private long runningSinceNanos;
    private boolean running;

    Stopwatch(Ticker ticker, Duration already) {
        this.ticker = Objects.requireNonNull(ticker);
        this.accumulatedNanos = already.toNanos();
    }

    void start() {
        if (!running) {
            runningSinceNanos = ticker.nanos();
            running = true;
        }
    }

    void stop() {
        if (running) {
            accumulatedNanos += ticker.nanos() - runningSinceNanos;
            running = false;
        }
    }

    boolean isRunning() {
        return running;
    }

    Duration elapsed() {
        long nanos = accumulatedNanos + (running ? ticker.nanos() - runningSinceNanos : 0);
        return Duration.ofNanos(Math.max(0, nanos));
    }
}
