package org.emdrill.practice;

/** Where the answer timer is. */
public enum TimerPhase {
    /** Not started yet. */
    IDLE,
    /** Reading the question and thinking before answering. */
    PREP,
    /** Answering; counts up against the target. */
    ANSWERING,
    /** Stopped by the user or by the hard limit. */
    FINISHED
}
