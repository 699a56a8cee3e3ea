package org.emdrill.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.List;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.store.AttemptFilter;
import org.emdrill.store.AttemptSearch;
import org.emdrill.store.Database;
import org.emdrill.store.SchemaMigrator;
import org.emdrill.store.SeedAttempts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressReportTest {

    @TempDir
    Path dir;

    @Test
    void seededHistoryShowsProgressFromTheStore() {
        Instant end = Instant.parse("2025-06-01T12:00:00Z");
        try (Database db = Database.open(dir.resolve("history.db"))) {
            SchemaMigrator.standard().migrate(db);
            SeedAttempts.seed(db, 500, 11, end);
            List<Attempt> attempts = new AttemptSearch(db).attemptsWithoutText(AttemptFilter.ALL);

            ProgressReport report = ProgressReport.of(attempts, List.of("team-conflict", "strategy-and-roadmaps"),
                    ZoneId.of("Europe/London"), InstantSource.fixed(end));

            assertEquals(List.of("strategy-and-roadmaps"), report.banksNeverPractised());
            assertEquals(8, report.heatMap().banks().size());
            double recent = report.radar().recent().of(Dimension.COACHING).orElseThrow();
            double earlier = report.radar().earlier().of(Dimension.COACHING).orElseThrow();
            assertTrue(recent > earlier, "the seed's scores improve over time: " + recent + " vs " + earlier);
            assertEquals(Dimension.STRATEGIC_THINKING, report.weakestDimension().orElseThrow().dimension(),
                    "the seed scores strategy half a point lower");
            assertEquals(500, report.time().ratios().size());
            assertEquals(500, report.calendar().attemptsPerDay().values().stream().mapToInt(Integer::intValue).sum());
        }
    }
}
