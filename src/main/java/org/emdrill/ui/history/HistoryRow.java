package org.emdrill.ui.history;

import java.time.Instant;
import org.emdrill.insights.FutureDates;
import org.emdrill.domain.AnswerMode;
import org.emdrill.store.AttemptSummary;
import org.emdrill.store.InterviewPlace;
import org.emdrill.ui.common.Formats;

/**
 * One line of the history table, with every cell's text worked out once when the page is loaded.
 *
 * @param prompt  the question on one line (line breaks folded into spaces)
 * @param overall   the saved overall score, null when nothing was scored
 * @param interview where it sat in the mock interview it was part of, null for a practice attempt
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
        Double overall,
        InterviewPlace interview) {

    /** Shown after the date of an attempt dated in the future. */
    public static final String FUTURE_MARK = "future date";

    public static HistoryRow of(AttemptSummary s) {
        return of(s, Instant.MAX);
    }

    /** A row as of {@code now}: a date after now (the clock was wrong when it was saved) is marked. */
    public static HistoryRow of(AttemptSummary s, Instant now) {
        String date = Formats.dateTime(s.finishedAt());
        if (now.isBefore(Instant.MAX.minus(FutureDates.GRACE)) && FutureDates.isFuture(s.finishedAt(), now)) {
            date += " · " + FUTURE_MARK;
        }
        return new HistoryRow(s.id(), s.finishedAt(), date, s.bankId(),
                bankTitle(s.bankTitle(), s.bankId()), oneLine(s.prompt()), s.mode(),
                new TargetTime(s.answerDuration(), s.targetSeconds()), s.overall(), s.interview());
    }

    /** True when the attempt was one question of a mock interview. */
    public boolean fromInterview() {
        return interview != null;
    }

    /**
     * "Part of mock interview on 4 May 2026, 09:00, question 2 of 5": what the row's Mock tag and the
     * detail say; empty for a practice attempt.
     */
    public String interviewText() {
        return interview == null ? "" : "Part of mock interview on " + Formats.dateTime(interview.startedAt()) + ", "
                + interview.questionText();
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
