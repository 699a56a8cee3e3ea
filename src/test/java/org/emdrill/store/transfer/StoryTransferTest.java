package org.emdrill.store.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.emdrill.store.AttemptFilter;
import org.emdrill.store.AttemptRepository;
import org.emdrill.store.Database;
import org.emdrill.store.SchemaMigrator;
import org.emdrill.store.StoredAttempts;
import org.emdrill.store.StoryRepository;
import org.emdrill.stories.Story;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories travel in the JSON export, come back once however often the file is imported, and fill the report. */
class StoryTransferTest {

    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2025-06-01T12:00:00Z"));
    private static final Instant T0 = Instant.parse("2025-05-01T10:00:00Z");

    @TempDir
    Path dir;

    private Database source;
    private Database target;

    @BeforeEach
    void open() {
        source = open("source.db");
        target = open("target.db");
    }

    @AfterEach
    void close() {
        source.close();
        target.close();
    }

    private Database open(String name) {
        Database db = Database.open(dir.resolve(name));
        SchemaMigrator.standard().migrate(db);
        return db;
    }

    private static Story deadline() {
        return Story.blank(T0).withText("Missed launch | date", "Launch slipped two weeks", "Re-plan", "# Cut scope",
                        "Shipped 80% on time", "Tell the customer earlier", "2023", "EM of 6", "2 weeks, 80%",
                        List.of("deadline", "scope"), T0)
                .withLinks(Set.of(Dimension.EXECUTION), Set.of("delivery-missed-deadline"), Set.of("delivery"), T0);
    }

    private static Story hiring() {
        return Story.blank(T0).withText("First senior hire", "", "", "", "", "", "", "", "", List.of("hiring"), T0);
    }

    private static Attempt attempt(String question, String finished) {
        Instant end = Instant.parse(finished);
        return new Attempt(0, "delivery", "Delivery", question, "Prompt?", AnswerMode.TYPED, Duration.ZERO,
                Duration.ofSeconds(90), 150, "answer " + question, "", new Scores(Map.of(Dimension.EXECUTION, 4)),
                EnumSet.noneOf(StarElement.class), 4.0, end.minusSeconds(100), end);
    }

    @Test
    void jsonRoundTripKeepsStoriesAndTheStoryToldInEachAttempt() throws Exception {
        StoryRepository mine = new StoryRepository(source);
        Story deadline = deadline();
        Story hiring = hiring();
        mine.save(deadline);
        mine.save(hiring);
        long told = new AttemptRepository(source, CLOCK).save(attempt("delivery-missed-deadline", "2025-05-02T10:00:00Z"));
        new AttemptRepository(source, CLOCK).save(attempt("other", "2025-05-03T10:00:00Z"));
        mine.setStoryOfAttempt(told, deadline.id());
        Path file = dir.resolve("export.json");

        new HistoryTransfer(source, CLOCK).exportJson(AttemptFilter.ALL, file);
        ImportReport first = new HistoryTransfer(target, CLOCK).importJson(file);
        ImportReport second = new HistoryTransfer(target, CLOCK).importJson(file);

        StoryRepository theirs = new StoryRepository(target);
        assertEquals(Set.of(deadline, hiring), Set.copyOf(theirs.all()));
        assertEquals(2, first.storiesTaken());
        assertTrue(first.summary().contains("2 stories added or updated"), first.summary());
        assertEquals(0, second.storiesTaken(), "no copy on re-import: the ids are stable");
        assertEquals(2, theirs.all().size());
        long importedTold = new StoredAttempts(target).list(AttemptFilter.ALL).stream()
                .filter(a -> a.attempt().questionId().equals("delivery-missed-deadline")).findFirst().orElseThrow()
                .attempt().id();
        assertEquals(Map.of(importedTold, deadline.id()), theirs.storiesOfAttempts());
    }

    @Test
    void aFilteredExportCarriesOnlyTheStoriesItsAttemptsTold() throws Exception {
        StoryRepository mine = new StoryRepository(source);
        Story deadline = deadline();
        mine.save(deadline);
        mine.save(hiring());
        long told = new AttemptRepository(source, CLOCK).save(attempt("delivery-missed-deadline", "2025-05-02T10:00:00Z"));
        mine.setStoryOfAttempt(told, deadline.id());
        Path file = dir.resolve("export.json");

        new HistoryTransfer(source, CLOCK).exportJson(AttemptFilter.ALL.withText("answer"), file);

        String json = Files.readString(file);
        assertTrue(json.contains("Launch slipped two weeks"));
        assertFalse(json.contains("First senior hire"), "an untold story stays out of a filtered export");
    }

    @Test
    void aWrongStoryIsRejectedAloneWithItsPath() throws Exception {
        Path file = dir.resolve("hand-edited.json");
        Files.writeString(file, """
                {"format": "%s", "formatVersion": 1, "attempts": [],
                 "stories": [{"id": "a", "title": "Fine", "createdAt": "2025-01-01T00:00:00Z", "updatedAt": "2025-01-01T00:00:00Z"},
                             {"id": "b", "title": "Bad", "dimensions": ["charisma"], "createdAt": "2025-01-01T00:00:00Z",
                              "updatedAt": "2025-01-01T00:00:00Z"}]}
                """.formatted(TransferFormat.FORMAT));

        ImportReport report = new HistoryTransfer(target, CLOCK).importJson(file);

        assertEquals(1, report.storiesTaken());
        assertEquals(1, report.storiesRejected());
        assertEquals("stories[1].dimensions", report.rejected().get(0).field());
        assertTrue(report.summary().contains("1 story was rejected"), report.summary());
        assertFalse(report.summary().contains("attempt was rejected") || report.summary().contains("were rejected;"),
                report.summary());
    }

    @Test
    void markdownReportListsStoriesAndTheStoryToldInAnAttempt() throws Exception {
        StoryRepository mine = new StoryRepository(source);
        Story deadline = deadline();
        mine.save(deadline);
        long told = new AttemptRepository(source, CLOCK).save(attempt("delivery-missed-deadline", "2025-05-02T10:00:00Z"));
        mine.setStoryOfAttempt(told, deadline.id());
        Path file = dir.resolve("report.md");

        new HistoryTransfer(source, CLOCK).exportMarkdown(AttemptFilter.ALL, file, ZoneOffset.UTC);

        String md = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(md.contains("Story told: Missed launch \\| date"), md);
        assertTrue(md.contains("# My stories"), md);
        assertTrue(md.contains("## Missed launch \\| date"), md);
        assertTrue(md.contains("EM of 6 · 2023 · told 1 time"), md);
        assertTrue(md.contains("Shows: Execution"), md);
        assertTrue(md.contains("### Action\n\n\\# Cut scope"), "user text is escaped: " + md);
    }
}
