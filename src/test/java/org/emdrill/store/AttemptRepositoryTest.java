package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttemptRepositoryTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2024-05-01T10:00:00.123Z"));
    private Database db;
    private AttemptRepository repo;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("history.db"));
        SchemaMigrator.standard().migrate(db);
        repo = new AttemptRepository(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void savedAttemptReadsBackWithEveryField() {
        Attempt original = SampleAttempts.full();

        long id = repo.save(original);

        assertTrue(id > 0);
        assertEquals(Optional.of(original.withId(id)), repo.find(id));
    }

    @Test
    void roundTripSurvivesReopeningTheFile() {
        long id = repo.save(SampleAttempts.full());
        db.close();
        db = Database.open(dir.resolve("history.db"));

        assertEquals(Optional.of(SampleAttempts.full().withId(id)), new AttemptRepository(db, clock).find(id));
    }

    @Test
    void unscoredAttemptKeepsNullOverallAndNoScores() {
        Attempt bare = new Attempt(0, "b", null, "q", "p", AnswerMode.TYPED, null, null, 60, null, null,
                null, null, null, Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-01T00:01:00Z"));

        Attempt back = repo.find(repo.save(bare)).orElseThrow();

        assertNull(back.overall());
        assertEquals(Scores.none(), back.scores());
        assertEquals(EnumSet.noneOf(StarElement.class), back.star());
        assertEquals(bare.withId(back.id()), back);
    }

    @Test
    void timesAndDurationsKeepMillisecondsAndDropFinerParts() {
        Instant started = Instant.parse("2024-02-29T23:59:59.987654321Z");
        Attempt a = new Attempt(0, "b", "B", "q", "p", AnswerMode.TYPED, Duration.ofNanos(1_500_999),
                Duration.ofMillis(61_001).plusNanos(999), 60, "", "", null, null, null, started, started.plusSeconds(1));

        Attempt back = repo.find(repo.save(a)).orElseThrow();

        assertEquals(Instant.parse("2024-02-29T23:59:59.987Z"), back.startedAt());
        assertEquals(Instant.parse("2024-03-01T00:00:00.987Z"), back.finishedAt());
        assertEquals(Duration.ofMillis(1), back.prepDuration());
        assertEquals(Duration.ofMillis(61_001), back.answerDuration());
    }

    @Test
    void storesTimesAsSortableUtcTextAndStampsCreatedAtFromTheClock() {
        long id = repo.save(SampleAttempts.full());

        assertEquals("2024-04-30T18:02:03.456Z", SampleAttempts.text(db, "SELECT started_at FROM attempts WHERE id = " + id));
        assertEquals("2024-05-01T10:00:00.123Z", SampleAttempts.text(db, "SELECT created_at FROM attempts WHERE id = " + id));
        assertEquals("situation,action,result", SampleAttempts.text(db, "SELECT star FROM attempts WHERE id = " + id));
    }

    @Test
    void listsNewestFirstInPages() {
        Instant base = Instant.parse("2024-03-01T12:00:00Z");
        for (int day : new int[] {3, 0, 4, 1, 2}) {
            repo.save(SampleAttempts.finishedAt(base.plus(Duration.ofDays(day)), "q" + day));
        }

        assertEquals(List.of("q4", "q3"), questionIds(repo.listNewestFirst(2, 0)));
        assertEquals(List.of("q2", "q1"), questionIds(repo.listNewestFirst(2, 2)));
        assertEquals(List.of("q0"), questionIds(repo.listNewestFirst(2, 4)));
        assertEquals(List.of(), repo.listNewestFirst(2, 6));
        assertEquals(5, repo.count());
    }

    @Test
    void attemptsFinishedAtTheSameMomentListNewestSavedFirst() {
        Instant same = Instant.parse("2024-03-01T12:00:00Z");
        long first = repo.save(SampleAttempts.finishedAt(same, "a"));
        long second = repo.save(SampleAttempts.finishedAt(same, "b"));

        assertEquals(List.of(second, first),
                repo.listNewestFirst(10, 0).stream().map(AttemptSummary::id).collect(Collectors.toList()));
    }

    @Test
    void summaryCarriesWhatTheHistoryTableShows() {
        Attempt a = SampleAttempts.full();
        long id = repo.save(a);

        AttemptSummary s = repo.listNewestFirst(1, 0).get(0);

        assertEquals(new AttemptSummary(id, a.finishedAt(), a.bankId(), a.bankTitle(), a.questionId(), a.prompt(),
                a.mode(), a.answerDuration(), a.targetSeconds(), a.overall()), s);
    }

    @Test
    void rejectsNegativePaging() {
        assertThrows(IllegalArgumentException.class, () -> repo.listNewestFirst(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> repo.listNewestFirst(10, -1));
    }

    @Test
    void deleteRemovesTheAttemptAndItsScores() {
        long keep = repo.save(SampleAttempts.full());
        long gone = repo.save(SampleAttempts.full());

        repo.delete(gone);

        assertEquals(Optional.empty(), repo.find(gone));
        assertTrue(repo.find(keep).isPresent());
        assertEquals(1, repo.count());
        assertEquals(0, SampleAttempts.scalar(db, "SELECT COUNT(*) FROM attempt_scores WHERE attempt_id = " + gone));
    }

    @Test
    void aSaveThatFailsMidwayLeavesNothingBehind() {
        // The attempt row goes in first, then the scores; make the last score fail.
        SampleAttempts.execute(db, """
                CREATE TRIGGER refuse_coaching BEFORE INSERT ON attempt_scores
                WHEN NEW.dimension = 'coaching' BEGIN SELECT RAISE(ABORT, 'refused'); END""");

        assertThrows(StoreException.class, () -> repo.save(SampleAttempts.full()));

        assertEquals(0, SampleAttempts.scalar(db, "SELECT COUNT(*) FROM attempts"));
        assertEquals(0, SampleAttempts.scalar(db, "SELECT COUNT(*) FROM attempt_scores"));
    }

    @Test
    void theDatabaseRejectsScoresOutsideOneToFive() {
        long id = repo.save(SampleAttempts.full());

        assertThrows(StoreException.class, () -> SampleAttempts.execute(db,
                "UPDATE attempt_scores SET score = 6 WHERE attempt_id = " + id));
    }

    @Test
    void refusesToSaveAnAttemptThatAlreadyHasAnId() {
        assertThrows(IllegalArgumentException.class, () -> repo.save(SampleAttempts.full().withId(7)));
    }

    @Test
    void handEditedUnknownDimensionsAndStarIdsAreSkipped() {
        long id = repo.save(SampleAttempts.full());
        SampleAttempts.execute(db, "UPDATE attempt_scores SET dimension = 'charisma' WHERE dimension = 'coaching'");
        SampleAttempts.execute(db, "UPDATE attempts SET star = 'situation,,humour, result' WHERE id = " + id);

        Attempt back = repo.find(id).orElseThrow();

        assertEquals(new Scores(Map.of(Dimension.LEADERSHIP, 3, Dimension.EXECUTION, 5)), back.scores());
        assertEquals(EnumSet.of(StarElement.SITUATION, StarElement.RESULT), back.star());
    }

    @Test
    void handEditedUnknownModeHidesTheAttemptInsteadOfFailing() {
        long odd = repo.save(SampleAttempts.full());
        long fine = repo.save(SampleAttempts.full());
        SampleAttempts.execute(db, "UPDATE attempts SET mode = 'sung' WHERE id = " + odd);

        assertEquals(Optional.empty(), repo.find(odd));
        assertEquals(List.of(fine), repo.listNewestFirst(10, 0).stream().map(AttemptSummary::id).collect(Collectors.toList()));
        assertEquals(1, repo.count());
    }

    @Test
    void handEditedUnreadableTimeHidesTheAttemptInsteadOfFailing() {
        long id = repo.save(SampleAttempts.full());
        SampleAttempts.execute(db, "UPDATE attempts SET started_at = 'last tuesday' WHERE id = " + id);

        assertEquals(Optional.empty(), repo.find(id));
    }

    private static List<String> questionIds(List<AttemptSummary> page) {
        return page.stream().map(AttemptSummary::questionId).collect(Collectors.toList());
    }
}
