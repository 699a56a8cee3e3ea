package org.emdrill.practice;

import org.emdrill.domain.QueuedQuestion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.StarElement;
import org.junit.jupiter.api.Test;

class QuestionAnswerTest {

    private final FakeTicker ticker = new FakeTicker();
    private final FakeClock clock = new FakeClock(Instant.parse("2026-03-01T10:00:00Z"));

    private QuestionAnswer practice() {
        var bank = Questions.bank("b");
        var question = Questions.question("q1", Map.of(Dimension.COACHING, 3, Dimension.EXECUTION, 1));
        return QuestionAnswer.untimedFollowUps(new QueuedQuestion(bank, question), AnswerMode.TYPED,
                TimerSettings.of(Duration.ofSeconds(10), Duration.ofSeconds(120)), ticker, clock);
    }

    private void elapse(long millis) {
        ticker.advanceMillis(millis);
        clock.advance(Duration.ofMillis(millis));
    }

    @Test
    void wholeFlowProducesACompleteAttempt() {
        QuestionAnswer p = practice();
        p.start();
        elapse(10_000);
        elapse(95_000);
        p.typeCurrent("I met the engineer one to one.");
        p.finishAnswering();
        assertEquals(AnswerPhase.SCORING, p.phase());
        p.setScore(Dimension.COACHING, 4);
        p.setScore(Dimension.EXECUTION, 2);
        p.setScore(Dimension.LEADERSHIP, 5); // not targeted: no weight in the overall
        p.setStar(StarElement.SITUATION, true);
        p.setStar(StarElement.ACTION, true);
        p.setNotes("Forgot the result.");

        Attempt a = p.toAttempt();
        assertEquals("b", a.bankId());
        assertEquals("q1", a.questionId());
        assertEquals("Prompt of q1", a.prompt());
        assertEquals(Duration.ofSeconds(10), a.prepDuration());
        assertEquals(Duration.ofSeconds(95), a.answerDuration());
        assertEquals(120, a.targetSeconds());
        assertEquals("I met the engineer one to one.", a.answerText());
        assertEquals("Forgot the result.", a.notes());
        assertEquals(Set.of(StarElement.SITUATION, StarElement.ACTION), a.star());
        assertEquals((4 * 3 + 2 * 1) / 4.0, a.overall(), 1e-9);
        assertEquals(Instant.parse("2026-03-01T10:00:00Z"), a.startedAt());
        assertEquals(Instant.parse("2026-03-01T10:01:45Z"), a.finishedAt());
        assertEquals(5, a.scores().of(Dimension.LEADERSHIP).orElseThrow());
    }

    @Test
    void targetedDimensionsAreRequiredBeforeSaving() {
        QuestionAnswer p = practice();
        p.start();
        p.finishAnswering();
        assertEquals(List.of(Dimension.EXECUTION, Dimension.COACHING), p.missingScores());
        assertFalse(p.canSave());
        p.setScore(Dimension.COACHING, 3);
        assertFalse(p.canSave());
        p.setScore(Dimension.EXECUTION, 3);
        assertTrue(p.canSave());
    }

    @Test
    void clearingAScoreMakesItMissingAgain() {
        QuestionAnswer p = practice();
        p.start();
        p.finishAnswering();
        p.setScore(Dimension.COACHING, 3);
        p.setScore(Dimension.COACHING, null);
        assertTrue(p.missingScores().contains(Dimension.COACHING));
    }

    @Test
    void hardLimitMovesToScoringByItself() {
        QuestionAnswer p = practice();
        p.start();
        elapse(10_000 + 240_000 + 5_000);
        AnswerReading r = p.reading();
        assertTrue(r.stoppedAtHardLimit());
        assertEquals(AnswerPhase.SCORING, p.phase());
        assertEquals(Duration.ofSeconds(240), p.answerDuration(), "stopped at twice the target, not later");
    }

    @Test
    void modeIsFixedOnceStarted() {
        QuestionAnswer p = practice();
        p.setMode(AnswerMode.SPOKEN);
        p.start();
        assertThrows(IllegalStateException.class, () -> p.setMode(AnswerMode.TYPED));
        p.finishAnswering();
        p.setScore(Dimension.COACHING, 1);
        p.setScore(Dimension.EXECUTION, 1);
        assertEquals(AnswerMode.SPOKEN, p.toAttempt().mode());
    }

    @Test
    void savedAttemptCannotBeChanged() {
        QuestionAnswer p = practice();
        p.start();
        p.finishAnswering();
        p.setScore(Dimension.COACHING, 2);
        p.setScore(Dimension.EXECUTION, 2);
        p.markSaved(17);
        assertEquals(AnswerPhase.SAVED, p.phase());
        assertEquals(17, p.savedId());
        assertThrows(IllegalStateException.class, () -> p.setNotes("late"));
    }

    @Test
    void pauseTogglesOnlyWhileRunning() {
        QuestionAnswer p = practice();
        p.togglePause();
        assertFalse(p.isPaused());
        p.start();
        p.togglePause();
        assertTrue(p.isPaused());
        p.togglePause();
        assertFalse(p.isPaused());
    }

    @Test
    void timedFollowUpsRunAfterTheAnswerEachOnItsOwnClock() {
        var bank = Questions.bank("b");
        var question = Questions.question("q1", Map.of(Dimension.COACHING, 3));
        QuestionAnswer p = new QuestionAnswer(new QueuedQuestion(bank, question), AnswerMode.TYPED,
                TimerSettings.of(Duration.ZERO, Duration.ofSeconds(120)), 2,
                TimerSettings.of(Duration.ZERO, Duration.ofSeconds(30)), ticker, clock);
        p.start();
        assertEquals(AnswerPhase.ANSWER, p.phase());
        p.typeCurrent("main answer");
        elapse(50_000);
        p.next();
        assertEquals(AnswerPhase.FOLLOW_UP, p.phase());
        assertEquals(1, p.reading().followUpNumber());
        assertEquals(question.followUps().get(0), p.reading().followUpPrompt());
        p.typeCurrent("first probe");
        elapse(70_000); // past the follow-up's hard limit of 60 s: moves on by itself
        assertEquals(AnswerPhase.FOLLOW_UP, p.phase());
        assertEquals(2, p.reading().followUpNumber());
        assertEquals("", p.currentText());
        p.typeCurrent("second probe");
        elapse(5_000);
        p.next();
        assertEquals(AnswerPhase.SCORING, p.phase());
        assertEquals("main answer", p.answerText());
        assertEquals(List.of(
                new FollowUpAnswer(0, question.followUps().get(0), "first probe", Duration.ofSeconds(60)),
                new FollowUpAnswer(1, question.followUps().get(1), "second probe", Duration.ofSeconds(5))),
                p.followUpAnswers());
        assertEquals(Duration.ofSeconds(50), p.toAttempt().answerDuration());
    }

    @Test
    void finishingAnsweringDuringAFollowUpKeepsItsTimeAndEndsTheRest() {
        var question = Questions.question("q1", Map.of(Dimension.COACHING, 3));
        QuestionAnswer p = new QuestionAnswer(new QueuedQuestion(Questions.bank("b"), question), AnswerMode.TYPED,
                TimerSettings.of(Duration.ZERO, Duration.ofSeconds(120)), 2,
                TimerSettings.of(Duration.ZERO, Duration.ofSeconds(30)), ticker, clock);
        p.start();
        p.next();
        elapse(12_000);
        p.finishAnswering();
        assertEquals(AnswerPhase.SCORING, p.phase());
        assertEquals(1, p.followUpAnswers().size());
        assertEquals(Duration.ofSeconds(12), p.followUpAnswers().get(0).answerDuration());
    }
}
