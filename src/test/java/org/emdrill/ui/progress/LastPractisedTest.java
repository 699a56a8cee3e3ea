package org.emdrill.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.emdrill.insights.ProgressReport;
import org.junit.jupiter.api.Test;

/** "Last practised" is never a day that has not come yet. */
class LastPractisedTest {

    private static final Instant NOW = Instant.parse("2026-05-04T12:00:00Z");

    private static Attempt finishedAt(long id, Instant end) {
        return new Attempt(id, "b", "B", "q" + id, "p", AnswerMode.TYPED, Duration.ZERO, Duration.ofSeconds(60), 120,
                "", "", Scores.none(), EnumSet.noneOf(StarElement.class), null, end.minusSeconds(60), end);
    }

    @Test
    void ignoresAnAttemptDatedInTheFuture() {
        Instant yesterday = NOW.minus(Duration.ofDays(1));
        List<Attempt> attempts = List.of(finishedAt(1, yesterday), finishedAt(2, NOW.plus(Duration.ofDays(200))));

        ProgressSnapshot s = ProgressSnapshot.of(ProgressReport.of(attempts, List.of("b"), ZoneOffset.UTC,
                InstantSource.fixed(NOW)), attempts, LocalDate.of(2026, 5, 4), NOW);

        assertEquals(yesterday, s.lastPractisedIfAny().orElseThrow());
        assertEquals(2, s.attemptCount(), "the attempt itself still counts");
    }
}
