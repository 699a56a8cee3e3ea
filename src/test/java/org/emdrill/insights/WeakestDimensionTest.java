package org.emdrill.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.mockinterview.InterviewPresets;
import org.emdrill.practice.schedule.DimensionAverages;
import org.emdrill.practice.schedule.Sm2Scheduler;
import org.emdrill.practice.schedule.Sm2Settings;
import org.emdrill.practice.schedule.StudyDay;
import org.emdrill.store.AttemptRecorder;
import org.emdrill.store.Database;
import org.emdrill.store.DatabaseOpener;
import org.emdrill.store.OpenOutcome;
import org.emdrill.store.ScoreStatistics;
import org.emdrill.store.SessionRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one weakest-dimension rule (docs/decisions/0013-weakest-dimension.md), over a real history. */
class WeakestDimensionTest {

    private static final Dimension L = Dimension.LEADERSHIP;
    private static final Dimension R = Dimension.CONFLICT_RESOLUTION;
    private static final Dimension E = Dimension.EXECUTION;
    private static final Dimension C = Dimension.COACHING;
    private static final Dimension S = Dimension.STRATEGIC_THINKING;

    @TempDir
    Path dir;

    private final FakeClock clock = new FakeClock(Instant.parse("2026-06-01T10:00:00Z"));
    private Database db;
    private AttemptRecorder recorder;
    private WeakestDimension weakest;

    @BeforeEach
    void open() throws Exception {
        db = ((OpenOutcome.Opened) new DatabaseOpener(dir, clock).open()).database();
        recorder = new AttemptRecorder(db, new Sm2Scheduler(Sm2Settings.defaults(), StudyDay.in(ZoneOffset.UTC), clock),
                clock);
        weakest = new WeakestDimension(new ScoreStatistics(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void noHistoryHasNoWeakestAndPractisesInRubricOrder() {
        WeakestDimension.Ranking r = weakest.now();

        assertEquals(Optional.empty(), r.weakest());
        assertEquals(List.of(Dimension.values()), r.practiseOrder());
        assertEquals(L, r.toPractise());
        assertTrue(r.notKnownYet(L));
    }

    @Test
    void theLowestMeanAmongDimensionsWithEnoughScoresIsTheWeakest() {
        times(5, Map.of(L, 4, R, 3, E, 2, C, 5, S, 4));

        WeakestDimension.Ranking r = weakest.now();

        assertEquals(Optional.of(new DimensionAverage(E, 2.0, 5)), r.weakest());
        assertEquals(List.of(E, R, L, S, C), r.practiseOrder(), "by mean; leadership and strategy tie at 4");
    }

    @Test
    void aNeverScoredDimensionIsNotCalledWeakestOnceOthersAreKnown() {
        times(6, Map.of(L, 3, R, 3, E, 4, S, 4)); // coaching never scored

        WeakestDimension.Ranking r = weakest.now();

        assertEquals(L, r.weakest().orElseThrow().dimension(), "3.0 ties with conflict resolution: rubric order");
        assertEquals(List.of(L, R, E, S, C), r.practiseOrder(), "the dimension with no scores comes after the known");
        assertTrue(r.notKnownYet(C));
    }

    @Test
    void belowTheMinimumNothingIsWeakestAndTheLeastScoredIsPractisedFirst() {
        times(WeakestDimension.MIN_SCORES - 1, Map.of(L, 1, R, 5, E, 5, S, 5));
        record(Map.of(C, 5));

        WeakestDimension.Ranking r = weakest.now();

        assertEquals(Optional.empty(), r.weakest(), "four scores of 1 are too few to call leadership weakest");
        assertEquals(List.of(C, L, R, E, S), r.practiseOrder(), "one coaching score: the least known first");
    }

    @Test
    void theFifthScoreMakesADimensionKnown() {
        times(WeakestDimension.MIN_SCORES - 1, Map.of(L, 2));
        assertTrue(weakest.now().weakest().isEmpty());

        record(Map.of(L, 2));

        assertEquals(Optional.of(new DimensionAverage(L, 2.0, 5)), weakest.now().weakest());
    }

    @Test
    void practiceAndMockInterviewAttemptsBothCount() {
        times(3, Map.of(C, 5, E, 4));
        SessionRepository sessions = new SessionRepository(db, clock);
        long session = sessions.start("Weakest area", InterviewPresets.weakestArea().config(), List.of("q"),
                clock.instant());
        for (int i = 0; i < 3; i++) {
            recorder.record(attempt(Map.of(C, 1, E, 4)), new AttemptRecorder.Placement(session, i), List.of(), null);
        }

        WeakestDimension.Ranking r = weakest.now();

        assertEquals(Optional.of(new DimensionAverage(C, 3.0, 6)), r.weakest(),
                "three practice 5s and three mock-interview 1s: (15 + 3) / 6");
    }

    @Test
    void tiesGoToTheEarlierDimensionInTheRubric() {
        Map<Dimension, Double> means = new EnumMap<>(Dimension.class);
        Map<Dimension, Integer> counts = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            means.put(d, 3.0);
            counts.put(d, d == S ? 50 : 5);
        }

        WeakestDimension.Ranking r = WeakestDimension.rank(new DimensionAverages(means, counts));

        assertEquals(L, r.weakest().orElseThrow().dimension());
        assertEquals(List.of(Dimension.values()), r.practiseOrder());
    }

    @Test
    void thisInterviewsLowestHasNoMinimumAndIsNotTheWeakest() {
        DimensionAverages oneInterview = DimensionAverages.of(List.of(new Scores(Map.of(C, 2, E, 3))));

        assertEquals(Optional.of(C), oneInterview.lowestHere());
        assertFalse(WeakestDimension.rank(oneInterview).weakest().isPresent(), "one score each is too few");
    }

    private void times(int n, Map<Dimension, Integer> scores) {
        for (int i = 0; i < n; i++) {
            record(scores);
        }
    }

    private void record(Map<Dimension, Integer> scores) {
        recorder.record(attempt(scores), AttemptRecorder.Placement.PRACTICE, List.of(), null);
        clock.advance(Duration.ofMinutes(5));
    }

    private Attempt attempt(Map<Dimension, Integer> scores) {
        double overall = scores.values().stream().mapToInt(Integer::intValue).average().orElse(3);
        return new Attempt(0, "b", "Bank", "q", "Prompt", AnswerMode.TYPED, Duration.ZERO, Duration.ofSeconds(100), 150,
                "text", "", new Scores(scores), Set.of(), overall, clock.instant(), clock.instant());
    }
}
