package org.emdrill.ui.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.practice.AnswerDraft;
import org.emdrill.practice.AnswerPhase;
import org.junit.jupiter.api.Test;

/** The unfinished-answer card says what was done: words for a typed answer, time and recording for a spoken one. */
class PendingDraftTextTest {

    private static AnswerDraft draft(AnswerMode mode, Duration answered, String text) {
        return draft(mode, answered, text, null);
    }

    private static AnswerDraft draft(AnswerMode mode, Duration answered, String text, Instant savedAt) {
        return new AnswerDraft("b", "Bank", "q", "Tell me about a hard call.", List.of(), Map.of(Dimension.EXECUTION, 2),
                150, mode, AnswerPhase.ANSWER, Duration.ZERO, answered, 0, List.of(), List.of(), text, "",
                Scores.none(), Set.of(), Instant.parse("2026-01-02T03:04:05Z"), null, savedAt, 1);
    }

    @Test
    void aTypedAnswerCountsItsWords() {
        assertEquals("\u201cTell me about a hard call.\u201d \u00b7 5 words",
                PendingDraftText.of(draft(AnswerMode.TYPED, Duration.ofSeconds(40), "I chose to ship late.")));
        assertEquals("\u201cTell me about a hard call.\u201d \u00b7 1 word",
                PendingDraftText.of(draft(AnswerMode.TYPED, Duration.ofSeconds(5), "Well")));
    }

    @Test
    void aSpokenAnswerSaysHowLongItRanAndThatItsRecordingIsKept() {
        AnswerDraft spoken = draft(AnswerMode.SPOKEN, Duration.ofSeconds(95), "").withRecording("answer-1.wav");
        assertEquals("\u201cTell me about a hard call.\u201d \u00b7 spoken for 1:35, recording kept",
                PendingDraftText.of(spoken));
        assertEquals("\u201cTell me about a hard call.\u201d \u00b7 spoken for 1:35",
                PendingDraftText.of(draft(AnswerMode.SPOKEN, Duration.ofSeconds(95), "")), "no file: nothing claimed");
        assertTrue(PendingDraftText.of(draft(AnswerMode.SPOKEN, Duration.ZERO, "")).endsWith("spoken, not answered yet"));
    }

    @Test
    void theTimeOfTheLastSaveFollows() {
        AnswerDraft saved = draft(AnswerMode.TYPED, Duration.ofSeconds(40), "Two words",
                Instant.parse("2026-01-02T03:05:00Z"));
        assertTrue(PendingDraftText.of(saved).startsWith("\u201cTell me about a hard call.\u201d \u00b7 2 words \u00b7 last saved "),
                PendingDraftText.of(saved));
    }
}
