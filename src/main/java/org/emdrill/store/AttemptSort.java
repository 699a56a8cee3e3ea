package org.emdrill.store;

/** The columns the history can be sorted by. */
public enum AttemptSort {
    /** When the attempt finished. */
    DATE,
    /** The bank's title as saved, then its id. */
    BANK,
    /** The prompt as asked. */
    QUESTION,
    MODE,
    /** How long the answer took. */
    DURATION,
    /** The overall score; unscored attempts always come last. */
    OVERALL
}
