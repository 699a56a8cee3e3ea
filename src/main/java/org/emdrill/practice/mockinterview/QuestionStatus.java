package org.emdrill.practice.mockinterview;

/** What became of one question of a mock interview. */
public enum QuestionStatus {
    /** Not reached (yet). */
    PENDING,
    /** Being prepared or answered now. */
    IN_PROGRESS,
    /** Answered, not scored. */
    ANSWERED,
    /** Answered and scored. */
    SCORED,
    /** Skipped by the candidate: nothing to score, not saved as an attempt. */
    SKIPPED
}
