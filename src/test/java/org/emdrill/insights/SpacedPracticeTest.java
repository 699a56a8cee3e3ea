package org.emdrill.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.Scores;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.schedule.Sm2Scheduler;
import org.emdrill.practice.schedule.Sm2Settings;
import org.emdrill.practice.schedule.StudyDay;
import org.emdrill.store.AttemptRecorder;
import org.emdrill.store.AttemptSearch;
import org.emdrill.store.Database;
import org.emdrill.store.DatabaseOpener;
import org.emdrill.store.OpenOutcome;
import org.emdrill.store.ScheduleRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpacedPracticeTest {

    @TempDir
    Path dir;

    private final FakeClock clock = new FakeClock(Instant.parse("2026-06-01T10:00:00Z"));
    private Database db;
    private SpacedPractice spaced;
    private AttemptRecorder recorder;
    private final List<QuestionBank> banks = List.of(bank("a", 4, Dimension.COACHING), bank("b", 3, Dimension.EXECUTION));

    @BeforeEach
    void open() throws Exception {
        db = ((OpenOutcome.Opened) new DatabaseOpener(dir, clock).open()).database();
        StudyDay day = StudyDay.in(ZoneOffset.UTC);
        recorder = new AttemptRecorder(db, new Sm2Scheduler(Sm2Settings.defaults(), day, clock), clock);
        spaced = new SpacedPractice(new ScheduleRepository(db),
                new org.emdrill.insights.WeakestDimension(new org.emdrill.store.ScoreStatistics(db)), day, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void newQuestionsAreOfferedUpToTheDailyLimit() {
        var overview = spaced.overview(banks, 3);
        assertEquals(0, overview.plan().dueCount());
        assertEquals(3, overview.plan().newCount());
        assertEquals(3, overview.plan().queue().size());
    }

    @Test
    void aWeakAnswerComesBackSoonerThanAStrongOne() {
        answer("a-1", 1.0);
        answer("a-2", 5.0);
        clock.advance(Duration.ofDays(1).plusHours(1));
        var due = spaced.overview(banks, 0).plan().queue().stream().map(q -> q.question().id()).toList();
        assertTrue(due.contains("a-1"), "weak answer due again: " + due);
        assertFalse(due.contains("a-2"), "strong answer not due yet: " + due);
    }

    @Test
    void weakestDimensionIsTheLowestScoredOne() {
        for (int i = 0; i < WeakestDimension.MIN_SCORES; i++) {
            answer("a-1", 2.0); // coaching
            record("b-1", Dimension.EXECUTION, 5);
        }
        var weakest = spaced.overview(banks, 5).weakest();
        assertEquals(Dimension.COACHING, weakest.dimension());
        assertTrue(weakest.known());
        assertTrue(weakest.questions().stream().allMatch(q -> q.question().targets(Dimension.COACHING)));
    }

    @Test
    void belowTheMinimumTheLeastScoredDimensionTheBanksAskAboutIsOffered() {
        answer("a-1", 1.0); // coaching, once
        record("b-1", Dimension.EXECUTION, 5);
        record("b-2", Dimension.EXECUTION, 5);
        var weakest = spaced.overview(banks, 5).weakest();
        assertEquals(Dimension.COACHING, weakest.dimension(), "one coaching score against two for execution");
        assertFalse(weakest.known(), "one score is too few to call it the weakest");
        assertEquals(1, weakest.scoreCount());
    }

    private void answer(String questionId, double overall) {
        record(questionId, Dimension.COACHING, (int) Math.round(overall));
    }

    private void record(String questionId, Dimension d, int score) {
        Attempt a = new Attempt(0, questionId.substring(0, 1), "Bank", questionId, "Prompt", AnswerMode.TYPED,
                Duration.ZERO, Duration.ofSeconds(100), 150, "text", "", new Scores(Map.of(d, score)), Set.of(),
                (double) score, clock.instant(), clock.instant());
        recorder.record(a, AttemptRecorder.Placement.PRACTICE, List.of(), null);
    }

    private static QuestionBank bank(String id, int count, Dimension dimension) {
        List<Question> qs = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            qs.add(new Question(id + "-" + i, "Prompt " + i, List.of(), Map.of(dimension, 2), List.of(), List.of(), 150,
                    null, List.of()));
        }
        return new QuestionBank(1, id, "Bank " + id, "", qs, BankSource.BUNDLED, id + ".json");
    }
}
