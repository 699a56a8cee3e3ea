package org.emdrill.practice;

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

class QuestionPracticeTest {

    private final FakeTicker ticker = new FakeTicker();
    private final FakeClock clock = new FakeClock(Instant.parse("2026-03-01T10:00:00Z"));

    private QuestionPractice practice() {
        var bank = Questions.bank("b");
        var question = Questions.question("q1", Map.of(Dimension.COACHING, 3, Dimension.EXECUTION, 1));
        return new QuestionPractice(new QueuedQuestion(bank, question), AnswerMode.TYPED,
                TimerSettings.of(Duration.ofSeconds(10), Duration.ofSeconds(120)), ticker, clock);
    }

    private void elapse(long millis) {
        ticker.advanceMillis(millis);
        clock.advance(Duration.ofMillis(millis));
    }

    @Test
    void wholeFlowProducesACompleteAttempt() {
        QuestionPractice p = practice();
        p.start();
        elapse(10_000);
        elapse(95_000);
        p.setAnswerText("I met the engineer one to one.");
        p.stop();
        assertEquals(SessionPhase.SCORING, p.phase());
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
        QuestionPractice p = practice();
        p.start();
        p.stop();
        assertEquals(List.of(Dimension.EXECUTION, Dimension.COACHING), p.missingScores());
        assertFalse(p.canSave());
        p.setScore(Dimension.COACHING, 3);
        assertFalse(p.canSave());
        assertThrows(IllegalStateException.class, p::toAttempt);
        p.setScore(Dimension.EXECUTION, 3);
        assertTrue(p.canSave());
    }

    @Test
    void clearingAScoreMakesItMissingAgain() {
        QuestionPractice p = practice();
        p.start();
        p.stop();
        p.setScore(Dimension.COACHING, 3);
        p.setScore(Dimension.COACHING, null);
        assertTrue(p.missingScores().contains(Dimension.COACHING));
    }

    @Test
    void hardLimitMovesToScoringByItself() {
        QuestionPractice p = practice();
        p.start();
        elapse(10_000 + 240_000 + 5_000);
        TimerSnapshot s = p.tick();
        assertTrue(s.stoppedAtHardLimit());
        assertEquals(SessionPhase.SCORING, p.phase());
    }

    @Test
    void modeIsFixedOnceStarted() {
        QuestionPractice p = practice();
        p.setMode(AnswerMode.SPOKEN);
        p.start();
        assertThrows(IllegalStateException.class, () -> p.setMode(AnswerMode.TYPED));
        p.stop();
        p.setScore(Dimension.COACHING, 1);
        p.setScore(Dimension.EXECUTION, 1);
        assertEquals(AnswerMode.SPOKEN, p.toAttempt().mode());
    }

    @Test
    void savedAttemptCannotBeChanged() {
        QuestionPractice p = practice();
        p.start();
        p.stop();
        p.setScore(Dimension.COACHING, 2);
        p.setScore(Dimension.EXECUTION, 2);
        p.markSaved(17);
        assertEquals(SessionPhase.SAVED, p.phase());
        assertEquals(17, p.savedId());
        assertThrows(IllegalStateException.class, () -> p.setNotes("late"));
    }

    @Test
    void pauseTogglesOnlyWhileRunning() {
        QuestionPractice p = practice();
        p.togglePause();
        assertFalse(p.isPaused());
        p.start();
        p.togglePause();
        assertTrue(p.isPaused());
        p.togglePause();
        assertFalse(p.isPaused());
    }
}
