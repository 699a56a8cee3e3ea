package org.emdrill.app;

import java.util.Objects;

/**
 * Why the app could not open, in words for the user, and what the start-up window offers.
 *
 * @param kind    decides the window: waiting and retrying, in front of the running copy, or a plain message
 * @param message what happened and what to do, without stack traces or SQLite's text
 */
public record StartupFailure(Kind kind, String message) {

    public enum Kind {
        /** Another program holds the history file; it usually lets go within seconds, so we wait and retry. */
        LOCKED,
        /** EM Drill already runs on this data folder; its window was asked to come forward. */
        ALREADY_RUNNING,
        /** Anything else: the message says what to do before trying again. */
        CANNOT_START
    }

    public StartupFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
