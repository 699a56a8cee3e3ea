package org.emdrill.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.emdrill.practice.schedule.StudyDay;
import org.emdrill.store.AttemptFilter;
import org.emdrill.store.AttemptRepository;
import org.emdrill.store.AttemptRevisions;
import org.emdrill.store.AttemptSearch;
import org.emdrill.store.Database;
import org.emdrill.store.DatabaseOpener;
import org.emdrill.store.OpenOutcome;
import org.emdrill.store.ProgressQueries;
import org.emdrill.store.ScheduleRebuild;
import org.emdrill.store.SeedAttempts;
import org.emdrill.store.transfer.HistoryTransfer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running totals Progress reads (schema step 7, kept by triggers) stay equal to the figures computed
 * from every attempt after each way of writing attempts: saving, revising scores, deleting, undoing a
 * delete, and importing an export. Checked in zones with summer time, one of them half an hour off UTC.
 */
class ProgressTotalsFollowWritesTest {

    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-11-01T12:00:00Z"));
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("America/New_York"), ZoneId.of("Australia/Adelaide"),
            ZoneId.of("Europe/Berlin"), ZoneId.of("UTC"));
    private static final List<String> LOADED = List.of("team-conflict", "missed-deadlines", "never-touched");

    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void open() throws Exception {
        db = opened(dir.resolve("main"));
        SeedAttempts.seed(db, 600, 11, CLOCK.instant(), 400);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Database opened(Path folder) {
        try {
            return ((OpenOutcome.Opened) new DatabaseOpener(folder, CLOCK).open()).database();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void totalsFollowSavesRevisionsDeletesAndUndo() {
        assertSameAsFromEveryAttempt("seeded");
        AttemptRepository repo = new AttemptRepository(db, CLOCK);
        List<Attempt> more = SeedAttempts.generate(40, 99, CLOCK.instant().plusSeconds(3_600), 30);
        for (Attempt a : more) {
            repo.save(a);
        }
        assertSameAsFromEveryAttempt("after saves, one dated in the future");

        AttemptRevisions revisions = new AttemptRevisions(db, ScheduleRebuild.standard(StudyDay.in(ZoneOffset.UTC)));
        List<Long> ids = new AttemptSearch(db).attemptsWithoutText(AttemptFilter.ALL).stream().map(Attempt::id).toList();
        for (int i = 0; i < ids.size(); i += 37) {
            Scores scores = i % 2 == 0 ? new Scores(Map.of(Dimension.COACHING, 1, Dimension.EXECUTION, 5)) : Scores.none();
            revisions.revise(ids.get(i), scores, "revised", EnumSet.of(StarElement.RESULT),
                    Map.of(Dimension.COACHING, 1, Dimension.EXECUTION, 1), CLOCK.instant());
        }
        assertSameAsFromEveryAttempt("after revisions");

        var deleted = revisions.delete(ids.get(5)).orElseThrow();
        for (int i = 3; i < ids.size(); i += 53) {
            revisions.delete(ids.get(i));
        }
        assertSameAsFromEveryAttempt("after deletes");
        revisions.restore(deleted);
        assertSameAsFromEveryAttempt("after undoing a delete");
    }

    @Test
    void totalsFollowAnImport() throws Exception {
        Path file = dir.resolve("export.json");
        new HistoryTransfer(db, CLOCK).exportJson(AttemptFilter.ALL, file);
        db.close();
        db = opened(dir.resolve("other"));
        SeedAttempts.seed(db, 120, 5, CLOCK.instant().minusSeconds(86_400L * 500), 200);

        assertTrue(new HistoryTransfer(db, CLOCK).importJson(file).toString().length() > 0);

        assertEquals(720, new AttemptSearch(db).count(AttemptFilter.ALL));
        assertSameAsFromEveryAttempt("after an import into a history with attempts");
    }

    private void assertSameAsFromEveryAttempt(String when) {
        List<Attempt> attempts = new AttemptSearch(db).attemptsWithoutText(AttemptFilter.ALL);
        for (ZoneId zone : ZONES) {
            String where = when + ", " + zone;
            ProgressReport expected = ProgressReport.of(attempts, LOADED, zone, CLOCK);
            ProgressFromStore.Result result = ProgressFromStore.compute(new ProgressQueries(db), LOADED, zone, CLOCK);
            ProgressReport actual = result.report();
            assertEquals(attempts.size(), result.attemptCount(), where);
            assertEquals(expected.calendar(), actual.calendar(), where);
            assertEquals(expected.heatMap(), actual.heatMap(), where);
            assertEquals(expected.weakestDimension(), actual.weakestDimension(), where);
            assertEquals(expected.lowScoringQuestions(), actual.lowScoringQuestions(), where);
            assertEquals(expected.banksNeverPractised(), actual.banksNeverPractised(), where);
            assertEquals(expected.time().count(), actual.time().count(), where);
            assertEquals(expected.time().overTarget(), actual.time().overTarget(), where);
            for (Dimension d : Dimension.values()) {
                assertEquals(expected.radar().earlier().count(d), actual.radar().earlier().count(d), where);
                assertEquals(expected.radar().earlier().of(d).orElse(-1), actual.radar().earlier().of(d).orElse(-1), 1e-9,
                        where);
                List<TrendPoint> full = expected.trends().get(d);
                List<TrendPoint> thin = actual.trends().get(d);
                Map<Long, TrendPoint> byAttempt = new HashMap<>();
                full.forEach(p -> byAttempt.put(p.attemptId(), p));
                assertEquals(full.isEmpty(), thin.isEmpty(), where + " " + d);
                if (!full.isEmpty()) {
                    assertEquals(full.get(full.size() - 1), thin.get(thin.size() - 1), where + " " + d + " last point");
                }
                for (TrendPoint p : thin) {
                    assertEquals(byAttempt.get(p.attemptId()), p, where + " " + d);
                }
            }
            Map<String, Integer> perQuestion = new HashMap<>();
            attempts.forEach(a -> perQuestion.merge(a.questionId(), 1, Integer::sum));
            assertEquals(perQuestion, result.attemptsPerQuestion(), where);
        }
    }
}
