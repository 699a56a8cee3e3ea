package org.emdrill.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.store.AttemptFilter;
import org.emdrill.store.AttemptSearch;
import org.emdrill.store.Database;
import org.emdrill.store.DatabaseOpener;
import org.emdrill.store.OpenOutcome;
import org.emdrill.store.ProgressQueries;
import org.emdrill.store.SeedAttempts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistics SQLite computes are the ones the attempts give when every one is loaded into Java
 * ({@link ProgressReport#of}), in a zone with summer time, over more than the trend line's points.
 */
class ProgressFromStoreTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-11-01T12:00:00Z"));

    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void open() throws Exception {
        db = ((OpenOutcome.Opened) new DatabaseOpener(dir, CLOCK).open()).database();
        SeedAttempts.seed(db, 900, 7, CLOCK.instant(), 400);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void sqlStatisticsMatchTheOnesComputedFromEveryAttempt() {
        List<String> loaded = List.of("team-conflict", "strategy-and-roadmaps", "not-practised");
        List<Attempt> attempts = new AttemptSearch(db).attemptsWithoutText(AttemptFilter.ALL);
        ProgressReport expected = ProgressReport.of(attempts, loaded, NEW_YORK, CLOCK);

        ProgressFromStore.Result result = ProgressFromStore.compute(new ProgressQueries(db), loaded, NEW_YORK, CLOCK);
        ProgressReport actual = result.report();

        assertEquals(attempts.size(), result.attemptCount());
        assertEquals(expected.calendar(), actual.calendar(), "attempts per local day and streaks");
        assertEquals(expected.heatMap(), actual.heatMap());
        assertEquals(expected.weakestDimension(), actual.weakestDimension());
        assertEquals(expected.lowScoringQuestions(), actual.lowScoringQuestions());
        assertEquals(expected.banksNeverPractised(), actual.banksNeverPractised());
        assertEquals(expected.radar().recentAttempts(), actual.radar().recentAttempts());
        assertEquals(expected.radar().earlierAttempts(), actual.radar().earlierAttempts());
        for (Dimension d : Dimension.values()) {
            assertEquals(expected.radar().recent().of(d).orElse(-1), actual.radar().recent().of(d).orElse(-1), 1e-9);
            assertEquals(expected.radar().earlier().of(d).orElse(-1), actual.radar().earlier().of(d).orElse(-1), 1e-9);
            assertEquals(expected.radar().earlier().count(d), actual.radar().earlier().count(d));
        }
        assertEquals(expected.time().count(), actual.time().count());
        assertEquals(expected.time().overTarget(), actual.time().overTarget());
        assertEquals(expected.time().shareOverTarget(), actual.time().shareOverTarget(), 1e-12);
        List<TimeRatio> all = expected.time().ratios();
        assertEquals(all.subList(all.size() - TimeAgainstTarget.NEWEST_KEPT, all.size()), actual.time().ratios(),
                "the newest timed answers, oldest first");

        Map<String, Integer> perQuestion = new HashMap<>();
        attempts.forEach(a -> perQuestion.merge(a.questionId(), 1, Integer::sum));
        assertEquals(perQuestion, result.attemptsPerQuestion());
    }

    @Test
    void localDaysMatchInOtherZones() {
        List<Attempt> attempts = new AttemptSearch(db).attemptsWithoutText(AttemptFilter.ALL);
        for (ZoneId zone : List.of(ZoneId.of("UTC"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Pacific/Kiritimati"),
                ZoneId.of("Asia/Kathmandu"), ZoneId.of("America/St_Johns"), ZoneId.of("Australia/Lord_Howe"))) {
            assertEquals(ProgressReport.of(attempts, List.of(), zone, CLOCK).calendar(),
                    ProgressFromStore.compute(new ProgressQueries(db), List.of(), zone, CLOCK).report().calendar(),
                    zone.getId());
        }
    }

    @Test
    void trendLinesAreThinnedToPointsOfTheFullLine() {
        List<Attempt> attempts = new AttemptSearch(db).attemptsWithoutText(AttemptFilter.ALL);
        ProgressReport expected = ProgressReport.of(attempts, List.of(), NEW_YORK, CLOCK);

        ProgressReport actual = ProgressFromStore.compute(new ProgressQueries(db), List.of(), NEW_YORK, CLOCK).report();

        for (Dimension d : Dimension.values()) {
            List<TrendPoint> full = expected.trends().get(d);
            List<TrendPoint> thin = actual.trends().get(d);
            assertTrue(full.size() > ProgressFromStore.TREND_POINTS, d + " has more scores than the line's points");
            assertTrue(thin.size() <= ProgressFromStore.TREND_POINTS && thin.size() > ProgressFromStore.TREND_POINTS / 2,
                    d + ": " + thin.size() + " points");
            assertEquals(full.get(0), thin.get(0), "the first point is kept");
            assertEquals(full.get(full.size() - 1), thin.get(thin.size() - 1), "the last point is kept");
            Map<Long, TrendPoint> byAttempt = new HashMap<>();
            full.forEach(p -> byAttempt.put(p.attemptId(), p));
            for (TrendPoint p : thin) {
                TrendPoint same = byAttempt.get(p.attemptId());
                assertEquals(same.score(), p.score());
                assertEquals(same.average(), p.average(), 1e-9, "the moving average at attempt " + p.attemptId());
                assertEquals(same.samples(), p.samples());
            }
        }
    }
}
