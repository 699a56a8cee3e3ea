package org.emdrill.practice.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * One question's place in spaced practice: one row of {@code review_schedule}.
 *
 * @param ease           the interval multiplier, 2.5 to start, never below the minimum (1.3)
 * @param intervalDays   the current interval in days; 0 until the question first graduates
 * @param repetitions    how many graded answers the question has had in total
 * @param lapses         how many times it was failed after graduating
 * @param step           the index into the learning or relearning steps; 0 in the other phases
 * @param leech          failed so often that practising it the same way again is unlikely to help
 * @param lastReviewedAt null for a new question
 */
public record ReviewState(
        String questionId,
        String bankId,
        CardPhase phase,
        double ease,
        int intervalDays,
        int repetitions,
        int lapses,
        int step,
        boolean leech,
        Instant dueAt,
        Instant lastReviewedAt) {

    public ReviewState {
        Objects.requireNonNull(questionId, "questionId");
        bankId = bankId == null ? "" : bankId;
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(dueAt, "dueAt");
        if (intervalDays < 0 || repetitions < 0 || lapses < 0 || step < 0) {
            throw new IllegalArgumentException("negative counter in the schedule of " + questionId);
        }
    }

    /** A question never scored: due now, with the starting ease. */
    public static ReviewState fresh(String questionId, String bankId, double startingEase, Instant now) {
        return new ReviewState(questionId, bankId, CardPhase.NEW, startingEase, 0, 0, 0, 0, false, now, null);
    }

    public boolean isDue(Instant now) {
        return !dueAt.isAfter(now);
    }
}
