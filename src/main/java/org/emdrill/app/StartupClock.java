package org.emdrill.app;

import java.time.Duration;
import java.time.Instant;

/** Milliseconds since the process started, for the start-up lines in the log (and the benchmark). */
final class StartupClock {

    private StartupClock() {
    }

    static long sinceLaunch() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis())
                .orElse(-1L);
    }
}
