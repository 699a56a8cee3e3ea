package org.emdrill.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.emdrill.domain.Dimension;
import org.emdrill.store.AttemptFilter;
import org.emdrill.store.AttemptSearch;
import org.emdrill.store.Database;
import org.emdrill.store.DatabaseOpener;
import org.emdrill.store.OpenOutcome;
import org.emdrill.store.ProgressQueries;
import org.emdrill.store.SeedAttempts;

/** Times each of Progress's queries at a given size (a development aid, not part of the suite). */
public final class ProgressProfile {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int days = Integer.parseInt(args[1]);
        InstantSource clock = InstantSource.fixed(Instant.parse("2026-11-01T12:00:00Z"));
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("pp");
        Database db = ((OpenOutcome.Opened) new DatabaseOpener(dir, clock).open()).database();
        if (new AttemptSearch(db).count(AttemptFilter.ALL) == 0) {
            SeedAttempts.seed(db, n, 42, clock.instant(), days);
        }
        ProgressQueries q = new ProgressQueries(db);
        Instant now = clock.instant();
        ZoneId zone = ZoneId.of(System.getProperty("zone", "UTC"));
        for (int round = 0; round < 3; round++) {
            System.out.println("round " + round);
            time("totals", () -> q.totals(now));
            time("perQuestion", q::attemptsPerQuestion);
            time("perDay", () -> q.attemptsPerDay(zone, now));
            time("bankScores", q::bankScores);
            time("newest", () -> q.newest(10));
            for (Dimension d : Dimension.values()) {
                time("trend " + d, () -> q.trend(d, 10, 160, now));
            }
            time("timing", () -> q.timing(200, now));
            time("low", () -> q.latestScoredBelow(3, now));
            time("typed", () -> org.emdrill.ui.progress.TypedAnswerTrend.byMonth(
                    org.emdrill.ui.progress.TypedAnswerTrend.from(new org.emdrill.store.TypedAnswerReads(db)), zone,
                    java.time.YearMonth.from(now.atZone(zone)), 6));
            time("compute", () -> org.emdrill.insights.ProgressFromStore.compute(q, java.util.List.of(), zone, clock));
        }
        db.close();
    }

    static void time(String name, Supplier<?> s) {
        long t0 = System.nanoTime();
        Object r = s.get();
        System.out.printf("%-30s %8.1f ms%n", name, (System.nanoTime() - t0) / 1e6);
    }
}
