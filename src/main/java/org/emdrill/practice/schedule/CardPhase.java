package org.emdrill.practice.schedule;

/** Where a question is in spaced practice. */
public enum CardPhase {
    /** Never scored; exists only in memory, a stored row is always one of the other phases. */
    NEW,
    /** Going through the short first steps (minutes, then a day) before its first real interval. */
    LEARNING,
    /** Graduated: comes back after an interval in days that grows with every pass. */
    REVIEW,
    /** Failed after graduating: short steps again, then back to review at a reduced interval. */
    RELEARNING
}
