package org.emdrill.practice;

/** Where one question's practice is, from first sight to saved. */
public enum SessionPhase {
    /** The question is shown; the timer has not started. */
    READY,
    /** Prep or answer is running (possibly paused). */
    RUNNING,
    /** The answer is over; follow-ups are revealed and the candidate scores it. */
    SCORING,
    /** The attempt has been stored. */
    SAVED
}
