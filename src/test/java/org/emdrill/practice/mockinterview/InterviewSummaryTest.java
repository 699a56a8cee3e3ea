package org.emdrill.practice.mockinterview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.Scores;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.practice.schedule.DimensionAverages;
import org.junit.jupiter.api.Test;

class InterviewSummaryTest {

    private final FakeTicker ticker = new FakeTicker();
    private final FakeClock clock = new FakeClock(Instant.parse("2024-05-01T10:00:00Z"));
    private final QuestionBank bank = InterviewFixtures.bank("b", "q1", "q2", "q3");

    @Test
    void summarisesScoresTimesAndWhatToPractiseNext() {
        MockInterview m = new MockInterview(InterviewFixtures.config(3, 1, ScoringTiming.AT_END),
                InterviewFixtures.queued(bank), ticker, clock);
        m.start();
        answer(m, 20, 150, 30);  // over the 120 s target
        m.skipQuestion();        // question 2 skipped in prep
        answer(m, 30, 60, 70);
        assertEquals(InterviewStep.END_SCORING, m.step());
        m.score(0, new Scores(Map.of(Dimension.COACHING, 2, Dimension.EXECUTION, 4)), Set.of(), "");
        m.score(2, new Scores(Map.of(Dimension.COACHING, 4, Dimension.EXECUTION, 2)), Set.of(), "");
        m.next();
        DimensionAverages before = new DimensionAverages(Map.of(Dimension.COACHING, 2.5, Dimension.EXECUTION, 3.5),
                Map.of(Dimension.COACHING, 4, Dimension.EXECUTION, 4));

        InterviewSummary s = InterviewSummary.of(m, before);

        assertEquals(2, s.answeredCount());
        assertEquals(1, s.skippedCount());
        assertEquals(1, s.answersOverTarget());
        assertEquals(OptionalDouble.of(3.0), s.thisInterview().of(Dimension.COACHING));
        assertEquals(0.5, s.change(Dimension.COACHING).getAsDouble(), 1e-9);
        assertEquals(-0.5, s.change(Dimension.EXECUTION).getAsDouble(), 1e-9);
        assertTrue(s.change(Dimension.LEADERSHIP).isEmpty());
        assertEquals(Optional.of(Dimension.EXECUTION), s.lowestThisInterview(), "3.0 vs 3.0: execution comes first in the rubric");
        assertEquals(List.of(0), s.weakAnswers().stream().map(AskedQuestion::position).toList(), "2.5 < 3");
        assertEquals(Duration.ofSeconds(20 + 150 + 30 + 30 + 60 + 70), s.timeAnswering());
        // Planned for the two answered questions: 30 s prep + 120 s target + 60 s follow-up each.
        assertEquals(Duration.ofSeconds(420), s.planned());
        assertEquals(Duration.ofSeconds(-60), s.overPlan());
        assertEquals(Duration.ofSeconds(20 + 150 + 30 + 30 + 60 + 70), s.totalElapsed(),
                "the skip happened at once, so total equals the answering time");
    }

    @Test
    void onlyAFinishedOrAbandonedInterviewHasASummary() {
        MockInterview m = new MockInterview(InterviewFixtures.config(3, 0, ScoringTiming.AFTER_EACH),
                InterviewFixtures.queued(bank), ticker, clock);
        m.start();
        assertThrows(IllegalStateException.class, () -> InterviewSummary.of(m, DimensionAverages.none()));

        m.abandon();

        InterviewSummary s = InterviewSummary.of(m, DimensionAverages.none());
        assertTrue(s.abandoned());
        assertEquals(0, s.answeredCount());
        assertEquals(Optional.empty(), s.lowestThisInterview());
    }

    private void answer(MockInterview m, int prepSeconds, int answerSeconds, int followUpSeconds) {
        wait(prepSeconds);
        m.skipPrep();
        wait(answerSeconds);
        m.next();
        wait(followUpSeconds);
        m.next();
    }

    private void wait(int seconds) {
        ticker.advance(Duration.ofSeconds(seconds));
        clock.advance(Duration.ofSeconds(seconds));
    }
}
