package org.emdrill.bank;

/** What to do when an imported bank's id is already taken. */
public enum ImportChoice {
    /** Overwrite the user's bank that has the id. Never offered for a bundled bank. */
    REPLACE,
    /** Keep the existing bank and import this one under a new id such as {@code <id>-2}. */
    KEEP_BOTH,
    /** Do not import. */
    CANCEL
}
