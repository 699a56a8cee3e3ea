package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emdrill.domain.Dimension;
import org.emdrill.store.ProgressQueries.TrendRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trend line spread over time gives points of the full moving average, the first and last kept. */
class TrendLineTest {

    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-11-01T12:00:00Z"));
    private static final Duration GRACE = Duration.ofMinutes(1);

    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void open() throws Exception {
        db = ((OpenOutcome.Opened) new DatabaseOpener(dir, CLOCK).open()).database();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everyPointSpreadOverTimeIsThePointOfTheFullLine() {
        SeedAttempts.seed(db, 1_500, 11, CLOCK.instant(), 300);
        for (Dimension d : Dimension.values()) {
            List<TrendRow> full = everyScore(d, 10, 1_000_000);
            List<TrendRow> spread = spreadOverTime(d, 10, 160);
            assertTrue(full.size() > 300, d + " has " + full.size() + " scores");
            assertTrue(spread.size() <= 160 && spread.size() > 120, d + ": " + spread.size() + " points");
            assertEquals(full.get(0), spread.get(0), "the first point is kept");
            assertEquals(full.get(full.size() - 1), spread.get(spread.size() - 1), "the last point is kept");
            Map<Long, TrendRow> byAttempt = new HashMap<>();
            full.forEach(p -> byAttempt.put(p.attemptId(), p));
            TrendRow previous = null;
            for (TrendRow p : spread) {
                TrendRow same = byAttempt.get(p.attemptId());
                assertEquals(same.score(), p.score());
                assertEquals(same.average(), p.average(), 1e-9, "the moving average at attempt " + p.attemptId());
                assertEquals(same.samples(), p.samples());
                assertTrue(previous == null || !p.finishedAt().isBefore(previous.finishedAt()), "oldest first");
                previous = p;
            }
        }
    }

    @Test
    void aLineOfOneMomentIsReadWhole() {
        SeedAttempts.seed(db, 40, 3, CLOCK.instant(), 0);
        for (Dimension d : Dimension.values()) {
            assertEquals(everyScore(d, 5, 160), spreadOverTime(d, 5, 160), d.id());
        }
    }

    private List<TrendRow> everyScore(Dimension d, int window, int maxPoints) {
        return db.withConnection(c -> new TrendLine(c, d, window, CLOCK.instant(), GRACE).everyScore(maxPoints));
    }

    private List<TrendRow> spreadOverTime(Dimension d, int window, int maxPoints) {
        return db.withConnection(c -> new TrendLine(c, d, window, CLOCK.instant(), GRACE).spreadOverTime(maxPoints));
    }
}
