package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.emdrill.practice.schedule.CardPhase;
import org.emdrill.practice.schedule.Grade;
import org.emdrill.practice.schedule.ReviewState;
import org.emdrill.practice.schedule.Sm2Scheduler;
import org.emdrill.practice.schedule.Sm2Settings;
import org.emdrill.practice.schedule.StudyDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleRepositoryTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final StudyDay DAY = StudyDay.in(ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Database db;
    private ScheduleRepository repo;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("history.db"));
        SchemaMigrator.standard().migrate(db);
        repo = new ScheduleRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everyPhaseReadsBackAsSaved() {
        TestClock clock = new TestClock(NOW);
        Sm2Scheduler s = new Sm2Scheduler(Sm2Settings.defaults(), DAY, clock);
        ReviewState learning = s.answer(s.newQuestion("learning", "b"), Grade.GOOD);
        ReviewState review = s.answer(learning, Grade.GOOD);
        ReviewState relearning = s.answer(new ReviewState("relearning", "b", CardPhase.REVIEW, 2.5, 12, 5, 7, 0, false,
                NOW, NOW.minus(Duration.ofDays(12))), Grade.AGAIN);

        for (ReviewState state : List.of(learning, renamed(review, "review"), relearning)) {
            repo.save(state);
            assertEquals(Optional.of(state), repo.find(state.questionId()), state.phase().name());
        }
        assertEquals(CardPhase.RELEARNING, repo.find("relearning").orElseThrow().phase());
        assertEquals(8, repo.find("relearning").orElseThrow().lapses());
        assertEquals(true, repo.find("relearning").orElseThrow().leech());
    }

    @Test
    void savingAgainReplacesTheRow() {
        repo.save(review("q", NOW, 4));
        repo.save(review("q", NOW.plus(Duration.ofDays(10)), 10));

        assertEquals(10, repo.find("q").orElseThrow().intervalDays());
        assertEquals(1, repo.all().size());
    }

    @Test
    void listsDueQuestionsLongestOverdueFirstAndCountsThem() {
        repo.save(review("later", NOW.plusSeconds(1), 4));
        repo.save(review("yesterday", NOW.minus(Duration.ofDays(1)), 4));
        repo.save(review("now", NOW, 4));
        repo.save(review("last-week", NOW.minus(Duration.ofDays(7)), 4));

        assertEquals(List.of("last-week", "yesterday", "now"), repo.dueQuestionIds(NOW));
        assertEquals(3, repo.countDue(NOW));
        assertEquals(4, repo.countDue(NOW.plusSeconds(1)));
    }

    @Test
    void countsQuestionsFirstScoredOnAPracticeDay() {
        AttemptRepository attempts = new AttemptRepository(db, new TestClock(NOW));
        // "old" was first scored the day before; "fresh" and "fresh2" today; "unscored" only has an unscored try.
        attempts.save(SampleAttempts.finishedAt(NOW.minus(Duration.ofDays(1)), "old"));
        attempts.save(SampleAttempts.finishedAt(NOW, "old"));
        attempts.save(SampleAttempts.finishedAt(NOW.minus(Duration.ofHours(5)), "fresh"));
        attempts.save(SampleAttempts.finishedAt(NOW.plus(Duration.ofHours(17)), "fresh2")); // 03:00 next day
        for (String q : List.of("old", "fresh", "fresh2")) {
            repo.save(review(q, NOW.plus(Duration.ofDays(1)), 1));
        }

        assertEquals(2, repo.countIntroducedOn(LocalDate.of(2024, 5, 1), DAY));
        assertEquals(1, repo.countIntroducedOn(LocalDate.of(2024, 4, 30), DAY));
    }

    @Test
    void aNewQuestionHasNoRowToSave() {
        ReviewState fresh = ReviewState.fresh("q", "b", 2.5, NOW);

        assertThrows(IllegalArgumentException.class, () -> repo.save(fresh));
    }

    @Test
    void aHandEditedUnreadableRowIsSkipped() {
        repo.save(review("fine", NOW, 4));
        repo.save(review("odd", NOW, 4));
        SampleAttempts.execute(db, "UPDATE review_schedule SET due_at = 'soon' WHERE question_id = 'odd'");

        assertEquals(Optional.empty(), repo.find("odd"));
        assertEquals(List.of("fine"), repo.all().stream().map(ReviewState::questionId).toList());
    }

    private static ReviewState renamed(ReviewState s, String id) {
        return new ReviewState(id, s.bankId(), s.phase(), s.ease(), s.intervalDays(), s.repetitions(), s.lapses(),
                s.step(), s.leech(), s.dueAt(), s.lastReviewedAt());
    }

    private static ReviewState review(String id, Instant due, int interval) {
        return new ReviewState(id, "b", CardPhase.REVIEW, 2.5, interval, 3, 0, 0, false, due, NOW.minus(Duration.ofDays(4)));
    }
}
