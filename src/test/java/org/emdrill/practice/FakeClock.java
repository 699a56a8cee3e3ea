package org.emdrill.practice;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** Wall-clock time the test moves by hand. */
public final class FakeClock implements InstantSource {
    private Instant now;

    public FakeClock(Instant start) {
        this.now = start;
    }

    @Override
    public Instant instant() {
        return now;
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }
}
