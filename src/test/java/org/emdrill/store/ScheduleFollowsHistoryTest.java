package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.emdrill.practice.schedule.CardPhase;
import org.emdrill.practice.schedule.ReviewState;
import org.emdrill.practice.schedule.Sm2Scheduler;
import org.emdrill.practice.schedule.Sm2Settings;
import org.emdrill.practice.schedule.StudyDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revising or deleting an attempt in History moves its question's review date as the remaining
 * attempts say, and undoing the delete puts the schedule back. Practice days start at 04:00 UTC here;
 * the app's steps are 10 minutes and 1 day, graduating at 4 days (docs/decisions/0003).
 */
class ScheduleFollowsHistoryTest {

    private static final StudyDay UTC_DAY = StudyDay.in(ZoneOffset.UTC);
    private static final String Q = "q1";
    private static final Instant T1 = Instant.parse("2025-03-10T10:00:00Z");
    private static final Instant T2 = Instant.parse("2025-03-10T10:15:00Z");
    private static final Instant T3 = Instant.parse("2025-03-11T10:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private AttemptRepository repo;
    private AttemptRevisions revisions;
    private ScheduleRepository schedule;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("history.db"));
        SchemaMigrator.standard().migrate(db);
        repo = new AttemptRepository(db, new TestClock());
        revisions = new AttemptRevisions(db, ScheduleRebuild.standard(UTC_DAY));
        schedule = new ScheduleRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void deletingAnAttemptReplaysTheRemainingOnesAndUndoPutsTheScheduleBackAsItWas() {
        long first = practise(T1);
        long second = practise(T2);
        practise(T3);
        ReviewState live = schedule.find(Q).orElseThrow();
        // Good, Good, Good: the last step graduates at 4 days on the 10th, then Good at 4 × 2.5 = 10 days.
        assertEquals(CardPhase.REVIEW, live.phase());
        assertEquals(10, live.intervalDays());

        DeletedAttempt deleted = revisions.delete(second).orElseThrow();

        // Left: Good on the 10th (to the 1-day step), Good on the 11th (graduates: 4 days).
        ReviewState replayed = schedule.find(Q).orElseThrow();
        assertEquals(CardPhase.REVIEW, replayed.phase());
        assertEquals(4, replayed.intervalDays());
        assertEquals(2, replayed.repetitions());
        assertEquals(Instant.parse("2025-03-15T04:00:00Z"), replayed.dueAt());
        assertEquals(T3, replayed.lastReviewedAt());
        assertEquals(Optional.of(live), deleted.scheduleBeforeIfAny());

        revisions.restore(deleted);

        assertEquals(Optional.of(live), schedule.find(Q), "the row is back exactly, live save times included");
        assertTrue(repo.find(first).isPresent());
    }

    @Test
    void deletingTheOnlyScoredAttemptMakesTheQuestionNewAgainUntilUndone() {
        long only = practise(T1);
        ReviewState live = schedule.find(Q).orElseThrow();

        DeletedAttempt deleted = revisions.delete(only).orElseThrow();

        assertEquals(Optional.empty(), schedule.find(Q), "no scored attempt left: no schedule row");
        assertEquals(0, schedule.countDue(Instant.parse("2030-01-01T00:00:00Z")));

        revisions.restore(deleted);

        assertEquals(Optional.of(live), schedule.find(Q));
    }

    @Test
    void undoAfterThePracticeMovedOnReplaysEverythingInsteadOfGoingBack() {
        practise(T1);
        long second = practise(T2);
        ReviewState before = schedule.find(Q).orElseThrow();
        DeletedAttempt deleted = revisions.delete(second).orElseThrow();
        practise(T3);

        revisions.restore(deleted);

        ReviewState now = schedule.find(Q).orElseThrow();
        assertNotEquals(before, now, "the practice after the delete is kept");
        assertEquals(3, now.repetitions(), "all three scored attempts count");
        assertEquals(10, now.intervalDays());
        assertEquals(T3, now.lastReviewedAt());
    }

    @Test
    void revisingAScoreAcrossAGradeLineReplaysTheQuestion() {
        practise(T1);
        long second = practise(T2);

        revisions.revise(second, Scores.none().with(Dimension.COACHING, 1), "", EnumSet.noneOf(StarElement.class),
                Map.of(Dimension.COACHING, 1), Instant.parse("2025-03-12T08:00:00Z")).orElseThrow();

        // Good on the 10th (1-day step), then Again: back to the first step, due 10 minutes later.
        ReviewState replayed = schedule.find(Q).orElseThrow();
        assertEquals(CardPhase.LEARNING, replayed.phase());
        assertEquals(0, replayed.step());
        assertEquals(T2.plusSeconds(600), replayed.dueAt());
        assertEquals(2, replayed.repetitions());
    }

    @Test
    void revisingToNoScoresTakesTheAttemptOutOfTheSchedule() {
        long only = practise(T1);

        revisions.revise(only, Scores.none(), "", EnumSet.noneOf(StarElement.class), Map.of(Dimension.COACHING, 1),
                Instant.parse("2025-03-12T08:00:00Z")).orElseThrow();

        assertEquals(Optional.empty(), schedule.find(Q));
    }

    @Test
    void revisingNotesOrAScoreWithinTheSameGradeLeavesTheScheduleAlone() {
        practise(T1);
        long second = practise(T2);
        ReviewState live = schedule.find(Q).orElseThrow();

        revisions.revise(second, Scores.none().with(Dimension.COACHING, 4), "Better opening next time",
                EnumSet.of(StarElement.RESULT), Map.of(Dimension.COACHING, 1), Instant.parse("2025-03-12T08:00:00Z"))
                .orElseThrow();

        assertEquals(Optional.of(live), schedule.find(Q), "3 → 4 is Good either way");
    }

    @Test
    void deletingAnUnscoredAttemptLeavesTheScheduleAlone() {
        practise(T1);
        ReviewState live = schedule.find(Q).orElseThrow();
        Attempt unscored = SampleAttempts.finishedAt(T2, Q);
        long id = repo.save(new Attempt(0, unscored.bankId(), unscored.bankTitle(), Q, unscored.prompt(),
                unscored.mode(), unscored.prepDuration(), unscored.answerDuration(), unscored.targetSeconds(),
                unscored.answerText(), "", Scores.none(), unscored.star(), null, unscored.startedAt(), T2));

        revisions.restore(revisions.delete(id).orElseThrow());

        assertEquals(Optional.of(live), schedule.find(Q));
    }

    /**
     * Saves a Good attempt finishing at {@code finishedAt} and moves the schedule as Practice does:
     * at the moment of saving, which is a minute and a half after the answer finished.
     */
    private long practise(Instant finishedAt) {
        Attempt attempt = SampleAttempts.finishedAt(finishedAt, Q);
        long id = repo.save(attempt);
        Sm2Scheduler live = new Sm2Scheduler(Sm2Settings.defaults(), UTC_DAY,
                InstantSource.fixed(finishedAt.plusSeconds(90)));
        ReviewState current = schedule.find(Q).orElseGet(() -> live.newQuestion(Q, attempt.bankId()));
        live.afterAttempt(current, attempt.overall()).ifPresent(schedule::save);
        return id;
    }
}
