package org.emdrill.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.domain.Scores;
import org.junit.jupiter.api.Test;

/** A spoken answer's draft names its recording, so a crash or an undo finds the file again. */
class AnswerDraftRecordingTest {

    private static AnswerDraft draft() {
        return new AnswerDraft("b", "Bank", "q", "Prompt?", List.of(), Map.of(Dimension.EXECUTION, 2), 150,
                AnswerMode.SPOKEN, AnswerPhase.ANSWER, Duration.ZERO, Duration.ofSeconds(12), 0, List.of(), List.of(),
                "", "", Scores.none(), Set.of(), Instant.parse("2026-01-02T03:04:05Z"), null, null, 2);
    }

    @Test
    void theRecordingIsKeptInTheFileAndSurvivesStoryAndNumber() {
        AnswerDraft d = draft().withRecording("answer-20260102-030405-abcd1234.wav").withStory("s").withNumber(4);

        AnswerDraft read = AnswerDraftJson.fromFile(AnswerDraftJson.toFile(d)).orElseThrow();

        assertEquals("answer-20260102-030405-abcd1234.wav", read.recordingFile());
        assertEquals(d, read);
    }

    @Test
    void aDraftWrittenBeforeRecordingsReadsWithNone() {
        String old = "{\"version\":2,\"questionId\":\"q\",\"bankId\":\"b\",\"phase\":\"ANSWER\",\"answerMs\":4000,"
                + "\"mode\":\"spoken\",\"startedAt\":\"2026-01-02T03:04:05Z\"}";

        AnswerDraft read = AnswerDraftJson.fromFile(old).orElseThrow();

        assertNull(read.recordingFile());
        assertFalse(AnswerDraftJson.toFile(read).contains("recordingFile"), "and writes none back");
    }

    @Test
    void theAnsweringCoreKeepsTheNameThroughARestore() {
        Question q = new Question("q", "Prompt?", List.of(), Map.of(Dimension.EXECUTION, 2), List.of(), List.of(), 150,
                null, List.of());
        QueuedQuestion queued = new QueuedQuestion(new QuestionBank(1, "b", "Bank", "", List.of(q), BankSource.USER, ""), q);
        FakeTicker ticker = new FakeTicker();
        FakeClock clock = new FakeClock(Instant.parse("2026-01-02T03:04:05Z"));
        QuestionAnswer a = QuestionAnswer.untimedFollowUps(queued, AnswerMode.SPOKEN,
                TimerSettings.of(Duration.ZERO, Duration.ofSeconds(150)), ticker, clock);
        a.start();
        a.setRecordingFile("answer-x.wav");

        QuestionAnswer back = QuestionAnswer.restore(a.toDraft(), queued, TimerSettings.of(Duration.ZERO,
                Duration.ofSeconds(150)), 0, TimerSettings.of(Duration.ZERO, Duration.ofSeconds(150)), ticker, clock);

        assertEquals("answer-x.wav", back.recordingFile());
    }
}
