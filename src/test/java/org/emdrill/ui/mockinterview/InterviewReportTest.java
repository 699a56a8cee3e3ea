package org.emdrill.ui.mockinterview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.Scores;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.practice.mockinterview.InterviewConfig;
import org.emdrill.practice.mockinterview.InterviewSummary;
import org.emdrill.practice.mockinterview.MockInterview;
import org.emdrill.practice.mockinterview.QuestionSelection;
import org.emdrill.practice.mockinterview.QuestionStatus;
import org.emdrill.practice.mockinterview.ScoringTiming;
import org.emdrill.practice.schedule.DimensionAverages;
import org.junit.jupiter.api.Test;

/** The summary's content, from a finished interview: plain JUnit, no toolkit. */
class InterviewReportTest {

    private final FakeTicker ticker = new FakeTicker();
    private final FakeClock clock = new FakeClock(InterviewFixture.MONDAY);

    private MockInterview threeQuestions() {
        QuestionBank bank = InterviewFixture.bank("alpha", "a1", "a2", "a3");
        List<QueuedQuestion> qs = bank.questions().stream().map(q -> new QueuedQuestion(bank, q)).toList();
        InterviewConfig config = new InterviewConfig(3, QuestionSelection.RANDOM, List.of(), Duration.ZERO, null, 0,
                null, org.emdrill.domain.AnswerMode.SPOKEN, ScoringTiming.AT_END);
        MockInterview m = new MockInterview(config, qs, ticker, clock);
        m.start();
        ticker.advance(Duration.ofSeconds(150)); // over the 120 s target
        m.next();
        ticker.advance(Duration.ofSeconds(60));
        m.next();
        m.skipQuestion();
        m.score(0, Scores.none().with(Dimension.COACHING, 2).with(Dimension.EXECUTION, 2), Set.of(), "");
        m.score(1, Scores.none().with(Dimension.COACHING, 4).with(Dimension.EXECUTION, 4), Set.of(), "");
        m.next();
        return m;
    }

    @Test
    void marksAnswersOverTargetAndComparesDimensionsWithEarlierInterviews() {
        DimensionAverages before = new DimensionAverages(Map.of(Dimension.COACHING, 2.5), Map.of(Dimension.COACHING, 4));
        InterviewReport r = InterviewReport.of(InterviewSummary.of(threeQuestions(), before), 0, "Full loop", InterviewFixture.MONDAY);

        assertEquals("Interview complete", r.title());
        assertTrue(r.subtitle().startsWith("Full loop · "));
        assertTrue(r.subtitle().endsWith("2 of 3 answered · 1 skipped"), r.subtitle());
        assertTrue(r.rows().get(0).overTarget());
        assertEquals("2:30 / 2:00", r.rows().get(0).timeText());
        assertFalse(r.rows().get(1).overTarget());
        assertEquals(QuestionStatus.SKIPPED, r.rows().get(2).status());

        InterviewReport.DimensionLine coaching = r.dimensions().stream()
                .filter(d -> d.dimension() == Dimension.COACHING).findFirst().orElseThrow();
        assertEquals(3.0, coaching.now().getAsDouble(), 1e-9);
        assertEquals(0.5, coaching.change().getAsDouble(), 1e-9);
        assertTrue(r.timeNotes().contains("1 of 2 answers ran past the target; practise landing the result sooner."),
                r.timeNotes().toString());
        assertEquals(List.of("a1"), r.weakQuestionIds());
        assertTrue(r.suggestions().stream().anyMatch(s -> s.startsWith("Answer again: \u201cTell me about a1.\u201d")));
    }

    @Test
    void aQuestionScoredThenClearedCountsAsUnscored() {
        MockInterview m = threeQuestionsWithClearedScore();
        InterviewReport r = InterviewReport.of(InterviewSummary.of(m, DimensionAverages.none()), 0, "", null);
        assertEquals(QuestionStatus.ANSWERED, r.rows().get(0).status());
        assertTrue(r.dimensions().isEmpty());
        assertTrue(r.lowestThisInterview().isEmpty());
    }

    private MockInterview threeQuestionsWithClearedScore() {
        QuestionBank bank = InterviewFixture.bank("alpha", "a1");
        InterviewConfig config = new InterviewConfig(1, QuestionSelection.RANDOM, List.of(), Duration.ZERO, null, 0,
                null, org.emdrill.domain.AnswerMode.SPOKEN, ScoringTiming.AT_END);
        MockInterview m = new MockInterview(config, List.of(new QueuedQuestion(bank, bank.questions().get(0))),
                ticker, clock);
        m.start();
        m.next();
        m.score(0, Scores.none(), Set.of(), "");
        m.next();
        return m;
    }

    @Test
    void aSevenSecondAnswerIsNotCalledWithinTarget() {
        QuestionBank bank = InterviewFixture.bank("alpha", "a1", "a2", "a3");
        List<QueuedQuestion> qs = bank.questions().stream().map(q -> new QueuedQuestion(bank, q)).toList();
        InterviewConfig config = new InterviewConfig(3, QuestionSelection.RANDOM, List.of(), Duration.ZERO, null, 0,
                null, org.emdrill.domain.AnswerMode.SPOKEN, ScoringTiming.AT_END);
        MockInterview m = new MockInterview(config, qs, ticker, clock);
        m.start();
        ticker.advance(Duration.ofMillis(7600)); // of a 120 s target
        m.next();
        ticker.advance(Duration.ofSeconds(100));
        m.abandon();

        InterviewReport r = InterviewReport.of(InterviewSummary.of(m, DimensionAverages.none()), 0, "Full loop",
                InterviewFixture.MONDAY);

        assertTrue(r.rows().get(0).farUnderTarget());
        assertFalse(r.timeNotes().stream().anyMatch(n -> n.contains("within its target")), r.timeNotes().toString());
        assertFalse(r.rows().get(1).farUnderTarget());
        assertTrue(r.timeNotes().contains("1 of 2 answers used less than 40% of the target; a full answer gives the"
                + " situation, what you did and the result, with numbers."), r.timeNotes().toString());
        assertEquals("Interview ended early", r.title());
        assertTrue(r.subtitle().endsWith("2 of 3 answered, abandoned"), r.subtitle());
        assertTrue(r.timeNotes().stream().anyMatch(n -> n.contains("took 1:47 against a plan of 4:00: 2:13 under")),
                "whole seconds, as shown: " + r.timeNotes());
    }

    @Test
    void aSingleAnswerNearItsTargetIsWithinIt() {
        MockInterview m = threeQuestionsWithClearedScore();
        InterviewReport r = InterviewReport.of(InterviewSummary.of(m, DimensionAverages.none()), 0, "", null);
        assertTrue(r.timeNotes().stream().noneMatch(n -> n.contains("within")), "a 0-second answer: " + r.timeNotes());
    }

    @Test
    void shortensLongPromptsForSuggestions() {
        String longPrompt = "x".repeat(200);
        assertEquals(88, InterviewReport.shorten(longPrompt).length());
        assertEquals("short", InterviewReport.shorten("short"));
    }
}
