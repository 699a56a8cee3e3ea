package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.emdrill.practice.schedule.StudyDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttemptRevisionsTest {

    @TempDir
    Path dir;

    private Database db;
    private AttemptRepository repo;
    private AttemptRevisions revisions;
    private StoredAttempts stored;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("history.db"));
        SchemaMigrator.standard().migrate(db);
        repo = new AttemptRepository(db, new TestClock());
        revisions = new AttemptRevisions(db, ScheduleRebuild.standard(StudyDay.in(ZoneOffset.UTC)));
        stored = new StoredAttempts(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void reviseReplacesScoresNotesStarRecomputesOverallAndStampsTheTime() {
        long id = repo.save(SampleAttempts.full());
        Scores revised = new Scores(Map.of(Dimension.COACHING, 2, Dimension.LEADERSHIP, 5));
        Map<Dimension, Integer> weights = Map.of(Dimension.COACHING, 3, Dimension.LEADERSHIP, 1);
        Instant when = Instant.parse("2024-06-01T08:00:00.250Z");

        Attempt back = revisions.revise(id, revised, "Rewatched: less rambling", EnumSet.of(StarElement.TASK),
                weights, when).orElseThrow();

        assertEquals(revised, back.scores(), "execution was dropped, coaching changed");
        assertEquals((2 * 3 + 5 * 1) / 4.0, back.overall(), 1e-9);
        assertEquals("Rewatched: less rambling", back.notes());
        assertEquals(EnumSet.of(StarElement.TASK), back.star());
        assertEquals(back, repo.find(id).orElseThrow());
        assertEquals(Optional.of(when), stored.find(id).orElseThrow().revisedAtIfAny());
        assertEquals(SampleAttempts.full().answerText(), back.answerText(), "the answer itself is untouched");
    }

    @Test
    void revisingToNoScoresLeavesOverallEmpty() {
        long id = repo.save(SampleAttempts.full());

        Attempt back = revisions.revise(id, Scores.none(), "", EnumSet.noneOf(StarElement.class),
                Map.of(Dimension.COACHING, 3), Instant.parse("2024-06-01T08:00:00Z")).orElseThrow();

        assertEquals(null, back.overall());
        assertEquals(0, SampleAttempts.scalar(db, "SELECT COUNT(*) FROM attempt_scores WHERE attempt_id = " + id));
    }

    @Test
    void revisingAMissingAttemptChangesNothing() {
        assertEquals(Optional.empty(), revisions.revise(99, Scores.none(), "", EnumSet.noneOf(StarElement.class),
                Map.of(), Instant.parse("2024-06-01T08:00:00Z")));
    }

    @Test
    void deleteThenRestoreBringsBackTheSameAttemptUnderTheSameId() {
        long keep = repo.save(SampleAttempts.finishedAt(Instant.parse("2024-01-01T10:00:00Z"), "q0"));
        long id = repo.save(SampleAttempts.full());
        addFollowUp(id);
        StoredAttempt before = stored.find(id).orElseThrow();

        DeletedAttempt deleted = revisions.delete(id).orElseThrow();
        assertEquals(Optional.empty(), repo.find(id));
        assertEquals(0, SampleAttempts.scalar(db, "SELECT COUNT(*) FROM attempt_followups"));

        long restored = revisions.restore(deleted);

        assertEquals(id, restored);
        assertEquals(before, stored.find(id).orElseThrow(), "scores, follow-ups and stamps are back");
        assertEquals(SampleAttempts.full().withId(id), repo.find(id).orElseThrow());
        assertTrue(repo.find(keep).isPresent());
    }

    @Test
    void restoreUsesANewIdWhenTheOldOneWasTakenMeanwhile() {
        long id = repo.save(SampleAttempts.full());
        DeletedAttempt deleted = revisions.delete(id).orElseThrow();
        long other = repo.save(SampleAttempts.finishedAt(Instant.parse("2024-07-01T10:00:00Z"), "q9"));
        assertEquals(id, other, "SQLite hands out the freed highest id again");

        long restored = revisions.restore(deleted);

        assertNotEquals(id, restored);
        assertEquals(SampleAttempts.full().withId(restored), repo.find(restored).orElseThrow());
        assertEquals("q9", repo.find(other).orElseThrow().questionId());
    }

    @Test
    void deletingAMissingAttemptReturnsNothing() {
        assertEquals(Optional.empty(), revisions.delete(42));
    }

    @Test
    void sessionLinkSurvivesDeleteAndRestore() {
        SampleAttempts.execute(db, "INSERT INTO mock_interviews (id, started_at) VALUES (7, '2024-04-30T18:00:00.000Z')");
        long id = repo.save(SampleAttempts.full());
        SampleAttempts.execute(db, "UPDATE attempts SET session_id = 7, session_position = 2 WHERE id = " + id);

        revisions.restore(revisions.delete(id).orElseThrow());

        assertEquals(Optional.of(new SessionLink(7, 2, Instant.parse("2024-04-30T18:00:00Z"))),
                stored.find(id).orElseThrow().sessionIfAny());
    }

    private void addFollowUp(long id) {
        SampleAttempts.execute(db, "INSERT INTO attempt_followups (attempt_id, position, prompt, answer_text, answer_ms)"
                + " VALUES (" + id + ", 0, 'What changed afterwards?', 'We kept the weekly check-in.', 41250)");
        assertEquals(List.of(new StoredFollowUp(0, "What changed afterwards?", "We kept the weekly check-in.",
                Duration.ofMillis(41_250))), stored.find(id).orElseThrow().followUps());
    }
}
