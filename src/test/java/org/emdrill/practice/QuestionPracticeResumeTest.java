package org.emdrill.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.AttemptDraft;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.StarElement;
import org.junit.jupiter.api.Test;

class QuestionPracticeResumeTest {

    private final FakeTicker ticker = new FakeTicker();
    private final FakeClock clock = new FakeClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final QueuedQuestion queued = new QueuedQuestion(Questions.bank("b"),
            Questions.question("q1", Map.of(Dimension.COACHING, 2)));
    private final TimerSettings timing = TimerSettings.of(Duration.ofSeconds(30), Duration.ofSeconds(120));

    @Test
    void draftOfARunningAnswerComesBackPausedWithItsTime() {
        QuestionPractice p = new QuestionPractice(queued, AnswerMode.TYPED, timing, ticker, clock);
        p.start();
        p.skipPrep();
        ticker.advanceMillis(40_000);
        p.setAnswerText("half an answer");
        p.setStar(StarElement.SITUATION, true);
        AttemptDraft draft = p.toDraft();

        FakeTicker later = new FakeTicker();
        later.advanceMillis(9_999_999);
        QuestionPractice back = QuestionPractice.resume(draft, queued, timing, later, clock);
        assertEquals(SessionPhase.RUNNING, back.phase());
        assertTrue(back.isPaused());
        assertEquals("half an answer", back.answerText());
        assertTrue(back.star().contains(StarElement.SITUATION));
        later.advanceMillis(60_000);
        assertEquals(Duration.ofSeconds(40), back.tick().answerElapsed(), "paused until the user resumes");
        back.togglePause();
        later.advanceMillis(5_000);
        assertEquals(Duration.ofSeconds(45), back.tick().answerElapsed());
    }

    @Test
    void draftInScoringComesBackInScoringWithScores() {
        QuestionPractice p = new QuestionPractice(queued, AnswerMode.SPOKEN, timing, ticker, clock);
        p.start();
        ticker.advanceMillis(30_000 + 90_000);
        p.stop();
        p.setScore(Dimension.COACHING, 3);
        QuestionPractice back = QuestionPractice.resume(p.toDraft(), queued, timing, new FakeTicker(), clock);
        assertEquals(SessionPhase.SCORING, back.phase());
        assertEquals(AnswerMode.SPOKEN, back.mode());
        assertTrue(back.canSave());
        assertEquals(Duration.ofSeconds(90), back.toAttempt().answerDuration());
    }

    @Test
    void untouchedQuestionHasNothingToKeep() {
        QuestionPractice p = new QuestionPractice(queued, AnswerMode.TYPED, timing, ticker, clock);
        assertTrue(!p.hasProgress());
        p.setAnswerText("notes before starting");
        assertTrue(p.hasProgress());
    }
}
