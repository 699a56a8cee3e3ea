package org.emdrill.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.emdrill.domain.AnswerMode;
import org.emdrill.store.AttemptSummary;
import org.junit.jupiter.api.Test;

class HistoryRowTest {

    private static AttemptSummary summary(String bankTitle, String prompt, Double overall) {
        return new AttemptSummary(7, Instant.parse("2026-05-04T09:00:00Z"), "feedback", bankTitle, "q1", prompt,
                AnswerMode.TYPED, Duration.ofSeconds(95), 120, overall);
    }

    @Test
    void foldsAMultiLinePromptOntoOneLine() {
        HistoryRow row = HistoryRow.of(summary("Feedback", "  Tell me about a time\n   you gave hard feedback.\r\n", 3.25));
        assertEquals("Tell me about a time you gave hard feedback.", row.prompt());
    }

    @Test
    void showsTheScoreWithOneDecimalOrADashWhenNotScored() {
        assertEquals("3.3", HistoryRow.of(summary("Feedback", "p", 3.25)).scoreText().replace(',', '.'));
        assertEquals("–", HistoryRow.of(summary("Feedback", "p", null)).scoreText());
    }

    @Test
    void fallsBackToTheBankIdWhenNoTitleWasSaved() {
        assertEquals("feedback", HistoryRow.of(summary("", "p", null)).bankTitle());
        assertEquals("Giving feedback", HistoryRow.of(summary("Giving feedback", "p", null)).bankTitle());
    }

    @Test
    void anAttemptDatedInTheFutureIsMarked() {
        AttemptSummary s = summary("Feedback", "p", 3.0);

        assertTrue(HistoryRow.of(s, Instant.parse("2026-05-01T00:00:00Z")).dateText().endsWith(" · future date"));
        assertFalse(HistoryRow.of(s, Instant.parse("2026-05-04T09:00:00Z")).dateText().contains("future"));
        assertFalse(HistoryRow.of(s).dateText().contains("future"));
    }
}
