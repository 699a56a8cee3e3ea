package org.emdrill.ui.history;

import java.time.Instant;
import org.emdrill.domain.AnswerMode;
import org.emdrill.store.AttemptSummary;
import org.emdrill.ui.common.Formats;

/**
 * One line of the history table, with every cell's text worked out once when the page is loaded.
 *
 * @param prompt  the question on one line (line breaks folded into spaces)
 * @param overall the saved overall score, null when nothing was scored
 */
public record HistoryRow(
        long id,
        Instant finishedAt,
        String dateText,
        String bankId,
        String bankTitle,
        String prompt,
        AnswerMode mode,
        TargetTime time,
        Double overall) {

    public static HistoryRow of(AttemptSummary s) {
        return new HistoryRow(s.id(), s.finishedAt(), Formats.dateTime(s.finishedAt()), s.bankId(),
                bankTitle(s.bankTitle(), s.bankId()), oneLine(s.prompt()), s.mode(),
                new TargetTime(s.answerDuration(), s.targetSeconds()), s.overall());
    }

    public String modeText() {
        return mode.displayName();
    }

    public String scoreText() {
        return Formats.score(overall);
    }

    /** Older attempts may have been saved without a bank title; the id still says which bank it was. */
    static String bankTitle(String title, String bankId) {
        return title == null || title.isBlank() ? bankId : title;
    }

    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
