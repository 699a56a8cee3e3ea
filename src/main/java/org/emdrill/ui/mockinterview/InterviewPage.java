package org.emdrill.ui.mockinterview;

/** Which page of the Mock interview screen is showing. */
public enum InterviewPage {
    /** Choosing the interview; also while it is being prepared in the background. */
    SETUP,
    /** A question is being prepared or answered. */
    RUNNING,
    /** Scoring the answer just given (scoring after each question). */
    SCORING,
    /** The questions are over; scoring what was not scored yet. */
    END_SCORING,
    /** The review of a finished interview, or of a past one. */
    SUMMARY
}
