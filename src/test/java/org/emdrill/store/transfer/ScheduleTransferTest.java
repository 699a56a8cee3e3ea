package org.emdrill.store.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.emdrill.practice.schedule.CardPhase;
import org.emdrill.practice.schedule.ReviewState;
import org.emdrill.store.AttemptFilter;
import org.emdrill.store.AttemptRepository;
import org.emdrill.store.Database;
import org.emdrill.store.ScheduleRepository;
import org.emdrill.store.SchemaMigrator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JSON export carries the review schedule; importing it keeps what is due, the later review winning. */
class ScheduleTransferTest {

    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2025-04-01T12:00:00Z"));

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

    @Test
    void movingToANewComputerKeepsWhatIsDue() throws Exception {
        fillSource();
        Path file = dir.resolve("export.json");

        new HistoryTransfer(source, CLOCK).exportJson(AttemptFilter.ALL, file);
        ImportReport report = new HistoryTransfer(target, CLOCK).importJson(file);

        assertEquals(new ImportReport(2, 0, List.of(), null, 3, 0), report);
        assertEquals(new ScheduleRepository(source).all(), new ScheduleRepository(target).all(),
                "every row, the one without attempts too, field for field");
        Instant now = CLOCK.instant();
        assertEquals(List.of("q-review", "q-relearning"), new ScheduleRepository(target).dueQuestionIds(now),
                "due on the new computer as on the old one, the longest overdue first");
        assertEquals("Added 2 attempts; review dates of 3 questions taken from the file.", report.summary());
        String json = Files.readString(file);
        assertTrue(json.contains("\"reviewSchedule\" : ["), json);
        assertTrue(json.contains("\"phase\" : \"relearning\""), json);
    }

    @Test
    void aNewerScheduleHereIsNeverMovedBackAndImportingTwiceChangesNothing() throws Exception {
        fillSource();
        ScheduleRepository here = new ScheduleRepository(target);
        // Practised here after the export was made: a later review than the file's.
        ReviewState newerHere = row("q-review", CardPhase.REVIEW, 2.65, 25, 5, 0, 0,
                "2025-04-26T04:00:00Z", "2025-04-01T09:00:00Z");
        // Practised here long ago: the file's later review wins.
        ReviewState olderHere = row("q-learning", CardPhase.LEARNING, 2.5, 0, 1, 0, 1,
                "2025-01-02T04:00:00Z", "2025-01-01T10:00:00Z");
        here.save(newerHere);
        here.save(olderHere);
        Path file = dir.resolve("export.json");
        new HistoryTransfer(source, CLOCK).exportJson(AttemptFilter.ALL, file);
        HistoryTransfer into = new HistoryTransfer(target, CLOCK);

        ImportReport first = into.importJson(file);
        List<ReviewState> afterFirst = here.all();
        ImportReport second = into.importJson(file);

        assertEquals(2, first.reviewDatesTaken(), "q-learning (older here) and q-relearning (not here)");
        assertEquals(Optional.of(newerHere), here.find("q-review"), "the later review here stays");
        assertEquals(new ScheduleRepository(source).find("q-learning"), here.find("q-learning"));
        assertEquals(3, afterFirst.size(), "one row per question");
        assertEquals(0, second.reviewDatesTaken());
        assertEquals(afterFirst, here.all(), "the second import changes nothing");
        assertEquals("Nothing new: all 2 attempts are already in your history.", second.summary());
    }

    @Test
    void aFilteredExportCarriesTheScheduleOfItsQuestionsOnly() throws Exception {
        fillSource();
        Path file = dir.resolve("export.json");

        new HistoryTransfer(source, CLOCK).exportJson(AttemptFilter.ALL.withQuestionText("review"), file);
        new HistoryTransfer(target, CLOCK).importJson(file);

        assertEquals(List.of("q-review"), new ScheduleRepository(target).all().stream()
                .map(ReviewState::questionId).toList());
    }

    @Test
    void aWrongScheduleRowIsLeftOutWithItsPathAndTheRestIsKept() throws Exception {
        Path file = dir.resolve("hand-edited.json");
        Files.writeString(file, """
                {"format": "em-drill-history", "formatVersion": 1, "attempts": [],
                 "reviewSchedule": [
                   {"questionId": "q1", "phase": "review", "ease": 2.5, "intervalDays": 6,
                    "dueAt": "2025-04-03T04:00:00.000Z", "lastReviewedAt": "2025-03-28T10:00:00.000Z"},
                   {"questionId": "q2", "phase": "review", "ease": 0.5, "intervalDays": 6,
                    "dueAt": "2025-04-03T04:00:00.000Z"},
                   {"questionId": "q3", "phase": "sometime", "ease": 2.5, "dueAt": "2025-04-03T04:00:00.000Z"},
                   {"questionId": "q1", "phase": "learning", "ease": 2.5, "dueAt": "2025-04-03T04:00:00.000Z"}
                 ]}""", StandardCharsets.UTF_8);

        ImportReport report = new HistoryTransfer(target, CLOCK).importJson(file);

        assertEquals(1, report.reviewDatesTaken());
        assertEquals(List.of("reviewSchedule[1].ease", "reviewSchedule[2].phase", "reviewSchedule[3].questionId"),
                report.rejected().stream().map(p -> p.field()).toList());
        assertEquals("hand-edited.json", report.rejected().get(0).file());
        assertEquals("Added 0 attempts; review dates of 1 question taken from the file;"
                + " 3 review dates were rejected.", report.summary());
        ReviewState q1 = new ScheduleRepository(target).find("q1").orElseThrow();
        assertEquals(6, q1.intervalDays());
        assertEquals("", q1.bankId(), "a missing bank id reads as empty");
    }

    @Test
    void anExportWithoutAScheduleLeavesTheScheduleHereAlone() throws Exception {
        ReviewState mine = row("q-mine", CardPhase.REVIEW, 2.5, 4, 2, 0, 0, "2025-04-05T04:00:00Z",
                "2025-04-01T10:00:00Z");
        new ScheduleRepository(target).save(mine);
        Path file = dir.resolve("old.json");
        Files.writeString(file, "{\"format\": \"em-drill-history\", \"formatVersion\": 1, \"attempts\": []}");

        ImportReport report = new HistoryTransfer(target, CLOCK).importJson(file);

        assertEquals(new ImportReport(0, 0, List.of(), null), report);
        assertEquals(List.of(mine), new ScheduleRepository(target).all());
    }

    /** Two attempts and three schedule rows, one of them (q-relearning) for a question with no attempt here. */
    private void fillSource() {
        AttemptRepository repo = new AttemptRepository(source, CLOCK);
        repo.save(attempt("q-review", "Resolving a review standoff", "2025-03-01T10:00:00Z"));
        repo.save(attempt("q-learning", "Coaching a new lead", "2025-03-20T10:00:00Z"));
        ScheduleRepository schedule = new ScheduleRepository(source);
        schedule.save(row("q-review", CardPhase.REVIEW, 2.5, 10, 3, 0, 0, "2025-03-11T04:00:00Z",
                "2025-03-01T10:01:30Z"));
        schedule.save(row("q-learning", CardPhase.LEARNING, 2.5, 0, 1, 0, 1, "2025-04-21T04:00:00Z",
                "2025-03-20T10:01:30Z"));
        schedule.save(row("q-relearning", CardPhase.RELEARNING, 2.1, 3, 9, 8, 0, "2025-03-30T10:10:00Z",
                "2025-03-30T10:00:00Z"));
    }

    private static ReviewState row(String q, CardPhase phase, double ease, int interval, int reps, int lapses,
                                   int step, String due, String last) {
        return new ReviewState(q, "feedback", phase, ease, interval, reps, lapses, step, lapses >= 8,
                Instant.parse(due), Instant.parse(last));
    }

    private static Attempt attempt(String question, String prompt, String finished) {
        Instant end = Instant.parse(finished);
        return new Attempt(0, "feedback", "Giving feedback", question, prompt, AnswerMode.TYPED, Duration.ZERO,
                Duration.ofSeconds(95), 120, "An answer to " + prompt, "",
                new Scores(Map.of(Dimension.COACHING, 3)), EnumSet.noneOf(StarElement.class), 3.0,
                end.minusSeconds(95), end);
    }

    private Database open(String name) {
        Database db = Database.open(dir.resolve(name));
        SchemaMigrator.standard().migrate(db);
        return db;
    }
}
