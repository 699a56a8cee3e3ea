package org.emdrill.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.domain.SignalTicks;
import org.junit.jupiter.api.Test;

class AnswerDraftTicksTest {

    private static AnswerDraft draft() {
        return new AnswerDraft("b", "Bank", "q", "Prompt?", List.of(), Map.of(Dimension.EXECUTION, 2), 150,
                AnswerMode.TYPED, AnswerPhase.SCORING, Duration.ZERO, Duration.ofSeconds(90), 0, List.of(), List.of(),
                "typed", "", Scores.none(), Set.of(), Instant.parse("2026-01-02T03:04:05Z"),
                Instant.parse("2026-01-02T03:05:35Z"), null, 1);
    }

    @Test
    void tickedSignalsAndRedFlagsAreKeptInTheFileAndSurviveRenumberingAndAStory() {
        SignalTicks ticks = new SignalTicks(List.of("Names the goal", "Agrees a date"), List.of("Blames the team"));
        AnswerDraft ticked = draft().withTicks(ticks).withStory("s").withNumber(4);

        AnswerDraft read = AnswerDraftJson.fromFile(AnswerDraftJson.toFile(ticked)).orElseThrow();

        assertEquals(ticks, read.ticks());
        assertEquals(ticked, read);
    }

    @Test
    void aDraftWrittenBeforeTicksReadsWithNone() {
        String old = "{\"version\":2,\"questionId\":\"q\",\"bankId\":\"b\",\"phase\":\"SCORING\",\"answerMs\":90000,"
                + "\"startedAt\":\"2026-01-02T03:04:05Z\",\"storyId\":\"s\"}";

        AnswerDraft read = AnswerDraftJson.fromFile(old).orElseThrow();

        assertEquals(SignalTicks.NONE, read.ticks());
        assertEquals("s", read.storyId());
    }

    @Test
    void nothingTickedLeavesTheFieldOutAndOddValuesReadAsNoTicks() {
        assertFalse(AnswerDraftJson.toFile(draft()).contains("ticks"));
        String odd = "{\"version\":2,\"questionId\":\"q\",\"phase\":\"SCORING\","
                + "\"ticks\":{\"signals\":[3, \"Kept\", \"\"],\"redFlags\":\"not a list\"}}";

        assertEquals(new SignalTicks(List.of("Kept"), List.of()), AnswerDraftJson.fromFile(odd).orElseThrow().ticks());
    }

    @Test
    void aResumedAnswerKeepsItsTicks() {
        var queued = new org.emdrill.domain.QueuedQuestion(Questions.bank("b"),
                Questions.question("q1", Map.of(Dimension.COACHING, 2)));
        TimerSettings timing = TimerSettings.of(Duration.ofSeconds(30), Duration.ofSeconds(120));
        FakeTicker ticker = new FakeTicker();
        FakeClock clock = new FakeClock(Instant.parse("2026-03-01T10:00:00Z"));
        QuestionAnswer answer = QuestionAnswer.untimedFollowUps(queued, AnswerMode.TYPED, timing, ticker, clock);
        answer.start();
        answer.skipPrep();
        ticker.advanceMillis(60_000);
        answer.finishAnswering();
        SignalTicks ticks = new SignalTicks(List.of("signal b"), List.of("red flag"));
        answer.setTicks(ticks);

        QuestionAnswer back = QuestionAnswer.restore(AnswerDraftJson.fromFile(AnswerDraftJson.toFile(answer.toDraft()))
                .orElseThrow(), queued, timing, 0, timing, new FakeTicker(), clock);

        assertEquals(ticks, back.ticks());
        assertEquals(AnswerPhase.SCORING, back.phase());
    }
}
