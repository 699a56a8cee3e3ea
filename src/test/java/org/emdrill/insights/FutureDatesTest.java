package org.emdrill.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.junit.jupiter.api.Test;

/** An attempt saved while the clock ran a year ahead distorts no chart. */
class FutureDatesTest {

    private static final Instant NOW = Instant.parse("2026-05-04T12:00:00Z");

    @Test
    void aFutureAttemptCountsAsDoneNowKeepingItsLength() {
        Attempt past = TestAttempts.onDay(1, "2026-05-01T10:00:00Z");
        Attempt future = TestAttempts.timed(2, "b", "q", "2027-05-04T12:00:00Z", 3.0, Map.of(), 90, 120);

        List<Attempt> asOf = FutureDates.asOf(List.of(past, future), NOW);

        assertSame(past, asOf.get(0));
        assertEquals(NOW, asOf.get(1).finishedAt());
        assertEquals(Duration.ofSeconds(90), Duration.between(asOf.get(1).startedAt(), asOf.get(1).finishedAt()));
        assertEquals(2, asOf.get(1).id(), "the same attempt, only dated now");
        assertFalse(FutureDates.isFuture(NOW.plusSeconds(30), NOW), "a few seconds of clock drift is not the future");
    }

    @Test
    void chartsEndAtToday() {
        List<Attempt> attempts = List.of(
                TestAttempts.scored(1, "b", "q1", "2026-05-03T10:00:00Z", 2.0, Map.of(Dimension.COACHING, 2)),
                TestAttempts.scored(2, "b", "q2", "2027-01-01T10:00:00Z", 4.0, Map.of(Dimension.COACHING, 4)));

        ProgressReport report = ProgressReport.of(attempts, List.of("b"), ZoneOffset.UTC, InstantSource.fixed(NOW));

        LocalDate today = LocalDate.of(2026, 5, 4);
        assertEquals(today, report.calendar().attemptsPerDay().lastKey());
        assertEquals(1, report.calendar().attemptsOn(today));
        List<TrendPoint> coaching = report.trends().get(Dimension.COACHING);
        assertTrue(coaching.stream().noneMatch(p -> p.finishedAt().isAfter(NOW)), coaching.toString());
        assertEquals(2, coaching.get(coaching.size() - 1).attemptId(), "the future attempt is the newest point, at now");
    }
}
