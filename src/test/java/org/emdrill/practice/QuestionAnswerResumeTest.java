package org.emdrill.practice;

import org.emdrill.domain.QueuedQuestion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.emdrill.domain.AnswerMode;

import org.emdrill.domain.Dimension;
import org.emdrill.domain.StarElement;
import org.junit.jupiter.api.Test;

class QuestionAnswerResumeTest {

    private final FakeTicker ticker = new FakeTicker();
    private final FakeClock clock = new FakeClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final QueuedQuestion queued = new QueuedQuestion(Questions.bank("b"),
            Questions.question("q1", Map.of(Dimension.COACHING, 2)));
    private final TimerSettings timing = TimerSettings.of(Duration.ofSeconds(30), Duration.ofSeconds(120));

    @Test
    void draftOfARunningAnswerComesBackPausedWithItsTime() {
        QuestionAnswer p = QuestionAnswer.untimedFollowUps(queued, AnswerMode.TYPED, timing, ticker, clock);
        p.start();
        p.skipPrep();
        ticker.advanceMillis(40_000);
        p.typeCurrent("half an answer");
        p.setStar(StarElement.SITUATION, true);
        AnswerDraft draft = p.toDraft();

        FakeTicker later = new FakeTicker();
        later.advanceMillis(9_999_999);
        QuestionAnswer back = QuestionAnswer.restore(draft, queued, timing, 0, timing, later, clock);
        assertEquals(AnswerPhase.ANSWER, back.phase());
        assertTrue(back.isPaused());
        assertEquals("half an answer", back.answerText());
        assertTrue(back.star().contains(StarElement.SITUATION));
        later.advanceMillis(60_000);
        assertEquals(Duration.ofSeconds(40), back.reading().timer().answerElapsed(), "paused until the user resumes");
        back.togglePause();
        later.advanceMillis(5_000);
        assertEquals(Duration.ofSeconds(45), back.reading().timer().answerElapsed());
    }

    @Test
    void draftInScoringComesBackInScoringWithScores() {
        QuestionAnswer p = QuestionAnswer.untimedFollowUps(queued, AnswerMode.SPOKEN, timing, ticker, clock);
        p.start();
        ticker.advanceMillis(30_000 + 90_000);
        p.finishAnswering();
        p.setScore(Dimension.COACHING, 3);
        QuestionAnswer back = QuestionAnswer.restore(p.toDraft(), queued, timing, 0, timing, new FakeTicker(), clock);
        assertEquals(AnswerPhase.SCORING, back.phase());
        assertEquals(AnswerMode.SPOKEN, back.mode());
        assertTrue(back.canSave());
        assertEquals(Duration.ofSeconds(90), back.toAttempt().answerDuration());
    }

    @Test
    void untouchedQuestionHasNothingToKeep() {
        QuestionAnswer p = QuestionAnswer.untimedFollowUps(queued, AnswerMode.TYPED, timing, ticker, clock);
        assertTrue(!p.hasProgress());
        p.typeCurrent("notes before starting");
        assertTrue(p.hasProgress());
    }

    @Test
    void aFollowUpInProgressComesBackPausedWithItsTextAndTime() {
        var question = Questions.question("q1", Map.of(Dimension.COACHING, 2));
        var q = new QueuedQuestion(Questions.bank("b"), question);
        TimerSettings followUp = TimerSettings.of(Duration.ZERO, Duration.ofSeconds(30));
        QuestionAnswer p = new QuestionAnswer(q, AnswerMode.TYPED, timing, 2, followUp, ticker, clock);
        p.start();
        p.skipPrep();
        ticker.advanceMillis(20_000);
        p.next();
        p.typeCurrent("probe");
        ticker.advanceMillis(7_000);
        String file = AnswerDraftJson.toFile(p.toDraft());

        AnswerDraft read = AnswerDraftJson.fromFile(file).orElseThrow();
        QuestionAnswer back = QuestionAnswer.restore(read, q, timing, 2, followUp, new FakeTicker(), clock);

        assertEquals(AnswerPhase.FOLLOW_UP, back.phase());
        assertTrue(back.isPaused());
        assertEquals("probe", back.currentText());
        assertEquals(Duration.ofSeconds(7), back.reading().timer().answerElapsed());
        assertEquals(Duration.ofSeconds(20), back.answerDuration());
    }

    @Test
    void readsAPracticeDraftWrittenBeforePhasesWereKept() {
        String old = """
                {"version":1,"bankId":"b","bankTitle":"Bank","questionId":"q1","prompt":"P?","mode":"spoken",
                 "prepMs":30000,"answerMs":41000,"inPrep":false,"answerFinished":false,"answerText":"so far",
                 "notes":"n","scores":{"coaching":3},"star":["result"],"startedAt":"2026-03-01T09:00:00Z",
                 "savedAt":"2026-03-01T09:01:11Z"}""";

        var bank = Questions.bank("b", "q1");
        AnswerDraft d = AnswerDraftJson.fromFile(old).orElseThrow();
        QuestionAnswer back = QuestionAnswer.restore(d, d.rebuild(java.util.List.of(bank)), timing, 0, timing,
                new FakeTicker(), clock);

        assertEquals(AnswerPhase.ANSWER, back.phase());
        assertEquals("so far", back.answerText());
        assertEquals(Duration.ofSeconds(41), back.reading().timer().answerElapsed());
        assertEquals(AnswerMode.SPOKEN, back.mode());
        assertEquals(bank.questions().get(0), back.question(), "an old draft takes the loaded question as it is");
    }
}
