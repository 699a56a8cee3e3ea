package org.emdrill.practice.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A review recorded while the clock ran ahead counts as done now. */
class FutureReviewsTest {

    private static final Instant NOW = Instant.parse("2026-05-04T12:00:00Z");

    @Test
    void aReviewAYearAheadIsDueByItsIntervalFromNow() {
        Instant wrongNow = NOW.plus(Duration.ofDays(365));
        ReviewState stored = new ReviewState("q", "b", CardPhase.REVIEW, 2.5, 3, 2, 0, 0, false,
                wrongNow.plus(Duration.ofDays(3)), wrongNow);

        ReviewState asOf = FutureReviews.asOf(stored, NOW);

        assertEquals(NOW, asOf.lastReviewedAt());
        assertEquals(NOW.plus(Duration.ofDays(3)), asOf.dueAt());
        assertTrue(asOf.isDue(NOW.plus(Duration.ofDays(3))), "due in three days, not in a year and three days");
    }

    @Test
    void aReviewInThePastIsLeftAlone() {
        ReviewState stored = new ReviewState("q", "b", CardPhase.REVIEW, 2.5, 3, 2, 0, 0, false,
                NOW.plus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(2)));

        assertSame(stored, FutureReviews.asOf(stored, NOW));
    }
}
