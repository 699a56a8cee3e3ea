package org.emdrill.practice.schedule;

/** The four answers of the Anki flavour of SM-2: how well a question went this time. */
public enum Grade {
    /** Failed: the question starts over (a lapse when it had graduated). */
    AGAIN,
    /** Passed with difficulty: a shorter step up and a slightly lower ease. */
    HARD,
    /** Passed: the interval grows by the ease. */
    GOOD,
    /** Passed easily: a bigger step up and a higher ease. */
    EASY
}
