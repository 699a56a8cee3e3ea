package org.emdrill.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The running clock's text and target bar, which the screens now compute at every tick. */
class ClockTextTest {

    @Test
    void theClockReadsMinutesAndSecondsAndHoursOnlyWhenThereAreAny() {
        assertEquals("0:00", Formats.clock(Duration.ZERO));
        assertEquals("0:05", Formats.clock(Duration.ofMillis(5_999)), "a second shows once it is complete");
        assertEquals("2:00", Formats.clock(Duration.ofMinutes(2)));
        assertEquals("12:03", Formats.clock(Duration.ofSeconds(12 * 60 + 3)));
        assertEquals("1:02:03", Formats.clock(Duration.ofSeconds(3600 + 2 * 60 + 3)));
        assertEquals("0:00", Formats.clock(Duration.ofSeconds(-4)), "never negative");
    }

    @Test
    void theTargetBarMovesWithTheShownSecondsAndStopsFull() {
        Duration target = Duration.ofMinutes(2);
        assertEquals(0.0, AnswerReadout.shownShare(Duration.ofMillis(999), target), "not before the clock shows 0:01");
        assertEquals(1 / 120.0, AnswerReadout.shownShare(Duration.ofMillis(1_000), target), 1e-9);
        assertEquals(1 / 120.0, AnswerReadout.shownShare(Duration.ofMillis(1_950), target), 1e-9,
                "the same within one shown second, so the bar is not redrawn");
        assertEquals(0.5, AnswerReadout.shownShare(Duration.ofSeconds(60), target), 1e-9);
        assertEquals(1.0, AnswerReadout.shownShare(Duration.ofMinutes(3), target), "capped at the target");
        assertEquals(0.0, AnswerReadout.shownShare(Duration.ofSeconds(3), Duration.ZERO), "no length, no share");
    }
}
