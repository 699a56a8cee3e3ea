package org.emdrill.practice;

import java.time.Duration;

/** A ticker the test moves by hand. */
public final class FakeTicker implements Ticker {
    private long nanos = 1_000_000_000L;

    @Override
    public long nanos() {
        return nanos;
    }

    public void advance(Duration d) {
        nanos += d.toNanos();
    }

    public void advanceMillis(long millis) {
        nanos += millis * 1_000_000L;
    }
}
