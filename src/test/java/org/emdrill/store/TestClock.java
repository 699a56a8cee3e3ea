package org.emdrill.store;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** Wall-clock time the test moves by hand. */
final class TestClock implements InstantSource {
    private Instant now;

    TestClock(Instant start) {
        this.now = start;
    }

    TestClock() {
        this(Instant.parse("2024-05-01T09:30:00Z"));
    }

    @Override
    public Instant instant() {
        return now;
    }

    void advance(Duration d) {
        now = now.plus(d);
    }
}
