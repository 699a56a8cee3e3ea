package org.emdrill.practice.mockinterview;

/** Where a mock interview is. */
public enum InterviewStep {
    /** Configured, questions chosen, nothing timed yet. */
    NOT_STARTED,
    /** Thinking time before the current question's answer. */
    PREP,
    /** Answering the current question. */
    ANSWER,
    /** Answering one of the current question's follow-up probes. */
    FOLLOW_UP,
    /** Scoring the question just answered (when scoring after each question). */
    SCORE,
    /** All questions are over; scoring the answers not scored yet. */
    END_SCORING,
    /** Finished; the summary is ready. */
    SUMMARY,
    /** Given up part-way; what was answered is kept. */
    ABANDONED;

    /** Whether a question's clock is running in this step. */
    public boolean isTimed() {
        return this == PREP || this == ANSWER || this == FOLLOW_UP;
    }

    public boolean isOver() {
        return this == SUMMARY || this == ABANDONED;
    }
}
