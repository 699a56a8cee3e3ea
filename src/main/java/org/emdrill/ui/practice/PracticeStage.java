package org.emdrill.ui.practice;

/** What the Practice screen shows. */
public enum PracticeStage {
    /** Choosing banks, order and mode. */
    SETUP,
    /** A question is shown; the timer has not started. */
    READY,
    /** Prep or answer running. */
    RUNNING,
    /** Answer over: follow-ups and the scoring card. */
    SCORING,
    /** Stored; ready for the next question. */
    SAVED
}
