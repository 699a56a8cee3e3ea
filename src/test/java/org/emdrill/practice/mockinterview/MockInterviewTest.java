package org.emdrill.practice.mockinterview;

import org.emdrill.practice.FollowUpAnswer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.junit.jupiter.api.Test;

class MockInterviewTest {

    private static final Scores GOOD = new Scores(Map.of(Dimension.COACHING, 4, Dimension.EXECUTION, 2));

    private final FakeTicker ticker = new FakeTicker();
    private final FakeClock clock = new FakeClock(Instant.parse("2024-05-01T10:00:00Z"));
    private final QuestionBank bank = InterviewFixtures.bank("b", "q1", "q2", "q3");

    private MockInterview interview(int followUps, ScoringTiming scoring) {
        return new MockInterview(InterviewFixtures.config(3, followUps, scoring), InterviewFixtures.queued(bank), ticker,
                clock);
    }

    private void wait(int seconds) {
        ticker.advance(Duration.ofSeconds(seconds));
        clock.advance(Duration.ofSeconds(seconds));
    }

    @Test
    void walksPrepAnswerFollowUpsAndScoreForEachQuestionThenTheSummary() {
        MockInterview m = interview(2, ScoringTiming.AFTER_EACH);
        assertEquals(InterviewStep.NOT_STARTED, m.step());

        m.start();
        assertEquals(InterviewStep.PREP, m.step());
        assertEquals("Question 1 of 3", m.progress().label());

        wait(30);
        assertEquals(InterviewStep.ANSWER, m.step(), "prep runs out by itself");
        m.typeAnswer("my answer");
        wait(100);
        m.next();
        assertEquals(InterviewStep.FOLLOW_UP, m.step());
        assertEquals(1, m.progress().followUpNumber());
        assertEquals("q1 follow-up one?", m.progress().followUpPrompt());
        m.typeAnswer("first probe");
        wait(40);
        m.next();
        assertEquals(2, m.progress().followUpNumber());
        wait(20);
        m.next();
        assertEquals(InterviewStep.SCORE, m.step());

        m.score(0, GOOD, EnumSet.of(StarElement.ACTION), "ok");
        m.next();
        assertEquals(InterviewStep.PREP, m.step());
        assertEquals("Question 2 of 3", m.progress().label());

        List<FinishedQuestion> saved = m.takeFinished();
        assertEquals(1, saved.size());
        FinishedQuestion first = saved.get(0);
        assertEquals(0, first.position());
        Attempt a = first.attempt();
        assertEquals("q1", a.questionId());
        assertEquals("my answer", a.answerText());
        assertEquals(Duration.ofSeconds(30), a.prepDuration());
        assertEquals(Duration.ofSeconds(100), a.answerDuration());
        assertEquals(GOOD, a.scores());
        assertEquals(3.5, a.overall(), 1e-9);
        assertEquals(Set.of(StarElement.ACTION), a.star());
        assertEquals(List.of(new FollowUpAnswer(0, "q1 follow-up one?", "first probe", Duration.ofSeconds(40)),
                new FollowUpAnswer(1, "q1 follow-up two?", "", Duration.ofSeconds(20))), first.followUps());
        assertEquals(List.of(), m.takeFinished(), "each question is handed out once");

        for (int q = 1; q < 3; q++) {
            m.skipPrep();
            wait(60);
            m.next();
            m.next();
            m.next();
            assertEquals(InterviewStep.SCORE, m.step());
            m.next(); // left unscored
        }
        assertEquals(InterviewStep.SUMMARY, m.step(), "nothing left to score at the end");
        List<FinishedQuestion> rest = m.takeFinished();
        assertEquals(List.of(1, 2), rest.stream().map(FinishedQuestion::position).toList());
        assertNull(rest.get(0).attempt().overall());
        assertEquals(Duration.ofSeconds(30 + 100 + 40 + 20 + 60 + 60), m.elapsed());
    }

    @Test
    void scoringAtTheEndCollectsEveryAnswerIntoTheFinalScoringStep() {
        MockInterview m = interview(0, ScoringTiming.AT_END);
        m.start();
        for (int q = 0; q < 3; q++) {
            m.skipPrep();
            wait(90);
            m.next();
        }
        assertEquals(InterviewStep.END_SCORING, m.step());
        assertEquals(List.of(), m.takeFinished(), "nothing is final before it is scored");
        assertThrows(IllegalStateException.class, m::skipQuestion);

        m.score(2, GOOD, Set.of(), "");
        m.score(0, GOOD, Set.of(), "");
        m.score(0, new Scores(Map.of(Dimension.COACHING, 1)), Set.of(), "rescored");
        m.next();

        assertEquals(InterviewStep.SUMMARY, m.step());
        List<FinishedQuestion> saved = m.takeFinished();
        assertEquals(3, saved.size());
        assertEquals(1.0, saved.get(0).attempt().overall(), 1e-9);
        assertEquals("rescored", saved.get(0).attempt().notes());
        assertNull(saved.get(1).attempt().overall(), "question 2 was never scored");
        assertEquals(3.5, saved.get(2).attempt().overall(), 1e-9);
    }

    @Test
    void theHardLimitEndsAnAnswerAndMovesToTheFollowUp() {
        MockInterview m = interview(1, ScoringTiming.AFTER_EACH);
        m.start();
        m.skipPrep();

        wait(300); // hard limit is twice the 120 s target

        assertEquals(InterviewStep.FOLLOW_UP, m.step());
        wait(500); // the follow-up's own limit is 120 s
        assertEquals(InterviewStep.SCORE, m.step());
        m.next();
        AskedQuestion first = m.questions().get(0);
        assertEquals(Duration.ofSeconds(240), first.answerDuration());
        assertEquals(Duration.ofSeconds(120), first.followUps().get(0).answerDuration());
        assertTrue(first.overTarget());
    }

    @Test
    void pauseStopsTheAnswerClockAndTheTotalTime() {
        MockInterview m = interview(0, ScoringTiming.AFTER_EACH);
        m.start();
        m.skipPrep();
        wait(10);

        m.pause();
        assertTrue(m.progress().paused());
        wait(600);
        assertEquals(Duration.ofSeconds(10), m.progress().timer().answerElapsed());
        assertEquals(Duration.ofSeconds(10), m.elapsed());
        assertEquals(InterviewStep.ANSWER, m.step(), "a long pause does not hit the hard limit");

        m.resume();
        wait(5);
        m.next();
        assertEquals(Duration.ofSeconds(15), m.questions().get(0).answerDuration());
        assertEquals(Duration.ofSeconds(15), m.elapsed());
    }

    @Test
    void nextWhilePausedResumesAndMovesOn() {
        MockInterview m = interview(0, ScoringTiming.AFTER_EACH);
        m.start();
        m.pause();
        wait(100);

        m.next();

        assertEquals(InterviewStep.ANSWER, m.step());
        assertFalse(m.isPaused());
        assertEquals(Duration.ZERO, m.progress().timer().prepElapsed());
    }

    @Test
    void aSkippedQuestionIsRecordedAsSkippedAndNeverSaved() {
        MockInterview m = interview(1, ScoringTiming.AT_END);
        m.start();
        m.skipPrep();
        m.typeAnswer("half a thought");
        wait(20);

        m.skipQuestion();

        assertEquals(InterviewStep.PREP, m.step());
        assertEquals("Question 2 of 3", m.progress().label());
        assertEquals(QuestionStatus.SKIPPED, m.questions().get(0).status());
        assertEquals(Set.of(0), m.skippedPositions());
        for (int q = 1; q < 3; q++) {
            m.skipQuestion();
        }
        assertEquals(InterviewStep.SUMMARY, m.step(), "nothing answered, nothing to score");
        assertEquals(List.of(), m.takeFinished());
    }

    @Test
    void abandonKeepsWhatWasAnsweredIncludingTheAnswerInProgress() {
        MockInterview m = interview(2, ScoringTiming.AFTER_EACH);
        m.start();
        m.skipPrep();
        wait(50);
        m.next();
        m.next();
        m.next();
        m.score(0, GOOD, Set.of(), "");
        m.next();
        m.skipPrep();
        m.typeAnswer("second, cut short");
        wait(25);

        m.abandon();

        assertEquals(InterviewStep.ABANDONED, m.step());
        assertTrue(m.isAbandoned());
        List<FinishedQuestion> saved = m.takeFinished();
        assertEquals(List.of(0, 1), saved.stream().map(FinishedQuestion::position).toList());
        assertEquals("second, cut short", saved.get(1).attempt().answerText());
        assertEquals(Duration.ofSeconds(25), saved.get(1).attempt().answerDuration());
        assertNull(saved.get(1).attempt().overall());
        assertEquals(QuestionStatus.PENDING, m.questions().get(2).status());
        m.next();
        assertEquals(InterviewStep.ABANDONED, m.step(), "nothing moves after abandoning");
    }

    @Test
    void abandonDuringPrepDoesNotCountTheQuestionAsAnswered() {
        MockInterview m = interview(0, ScoringTiming.AT_END);
        m.start();
        m.skipPrep();
        wait(30);
        m.next();
        wait(5);

        m.abandon();

        assertEquals(List.of(0), m.takeFinished().stream().map(FinishedQuestion::position).toList());
        assertEquals(QuestionStatus.PENDING, m.questions().get(1).status());
    }

    @Test
    void scoringIsOnlyAllowedForAnsweredQuestionsAtTheRightStep() {
        MockInterview m = interview(0, ScoringTiming.AFTER_EACH);
        m.start();
        assertThrows(IllegalStateException.class, () -> m.score(0, GOOD, Set.of(), ""));
        m.next();
        m.next();
        assertEquals(InterviewStep.SCORE, m.step());
        assertThrows(IllegalStateException.class, () -> m.score(1, GOOD, Set.of(), ""));
        assertThrows(IllegalArgumentException.class, () -> m.score(7, GOOD, Set.of(), ""));
        assertThrows(IllegalStateException.class, () -> m.typeAnswer("too late"));
    }

    @Test
    void noPrepStartsTheAnswerStraightAway() {
        InterviewConfig noPrep = new InterviewConfig(1, QuestionSelection.RANDOM, List.of(), Duration.ZERO,
                Duration.ofSeconds(90), 0, null, org.emdrill.domain.AnswerMode.SPOKEN, ScoringTiming.AFTER_EACH);
        MockInterview m = new MockInterview(noPrep, InterviewFixtures.queued(bank).subList(0, 1), ticker, clock);

        m.start();

        assertEquals(InterviewStep.ANSWER, m.step());
        assertEquals(Duration.ofSeconds(90), m.progress().timer().target(), "the override replaces the target");
    }

    @Test
    void aQuestionWithFewerFollowUpsThanConfiguredAsksOnlyThoseItHas() {
        QuestionBank one = new QuestionBank(1, "o", "O", "", List.of(new org.emdrill.domain.Question("solo", "Solo?",
                List.of("Only one?"), Map.of(Dimension.LEADERSHIP, 1), List.of(), List.of(), 60, null, List.of())),
                org.emdrill.domain.BankSource.USER, "");
        MockInterview m = new MockInterview(InterviewFixtures.config(1, 2, ScoringTiming.AFTER_EACH),
                InterviewFixtures.queued(one), ticker, clock);
        m.start();
        m.skipPrep();
        m.next();
        assertEquals(1, m.progress().followUpCount());
        m.next();
        assertEquals(InterviewStep.SCORE, m.step());
    }
}
