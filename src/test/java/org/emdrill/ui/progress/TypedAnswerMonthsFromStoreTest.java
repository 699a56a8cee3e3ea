package org.emdrill.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Scores;
import org.emdrill.store.AttemptFilter;
import org.emdrill.store.AttemptRepository;
import org.emdrill.store.AttemptSearch;
import org.emdrill.store.Database;
import org.emdrill.store.DatabaseOpener;
import org.emdrill.store.OpenOutcome;
import org.emdrill.store.SeedAttempts;
import org.emdrill.store.TypedAnswerReads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading each month's count and newest texts from the store gives the months that every attempt in
 * memory gives, blank and wordless answers included, in zones whose months start at other instants.
 */
class TypedAnswerMonthsFromStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void storeMonthsMatchTheMonthsOfEveryAttempt() throws Exception {
        InstantSource clock = InstantSource.fixed(NOW);
        Database db = ((OpenOutcome.Opened) new DatabaseOpener(dir, clock).open()).database();
        try {
            SeedAttempts.seed(db, 1_200, 5, NOW, 200);
            AttemptRepository repository = new AttemptRepository(db, clock);
            // Blank, wordless and future-dated answers, one of each in a month with more than a sample.
            for (String text : List.of("   \n\t ", "!!! ...", "?")) {
                repository.save(typed(text, NOW.minus(Duration.ofDays(3))));
            }
            repository.save(typed("We shipped it after the deadline moved.", NOW.plus(Duration.ofDays(2))));
            List<Attempt> every = new AttemptSearch(db).attempts(AttemptFilter.ALL);
            for (ZoneId zone : List.of(ZoneId.of("UTC"), ZoneId.of("Pacific/Auckland"), ZoneId.of("America/Los_Angeles"))) {
                YearMonth last = YearMonth.from(NOW.atZone(zone));
                List<TypedAnswerMonth> expected = TypedAnswerTrend.byMonth(every, zone, last, 6);
                List<TypedAnswerMonth> actual = TypedAnswerTrend.byMonth(TypedAnswerTrend.from(new TypedAnswerReads(db)),
                        zone, last, 6);
                assertEquals(expected, actual, zone.getId());
                assertTrue(expected.get(5).answers() > TypedAnswerTrend.SAMPLE_PER_MONTH, "a month with more than a sample");
            }
        } finally {
            db.close();
        }
    }

    private static Attempt typed(String text, Instant finished) {
        return new Attempt(0, "b", "B", "q", "Prompt", AnswerMode.TYPED, Duration.ZERO, Duration.ofSeconds(60), 120,
                text, "", Scores.none(), Set.of(), null, finished.minusSeconds(60), finished);
    }
}
