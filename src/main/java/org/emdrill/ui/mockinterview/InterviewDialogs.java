package org.emdrill.ui.mockinterview;

import java.util.Optional;

/** The questions the Mock interview screen asks in a dialog; an interface so tests can answer them. */
public interface InterviewDialogs {

    /** "Abandon this interview?": true when the user confirmed. */
    boolean confirmAbandon(String explanation);

    /** The name to save the current set-up under; empty when cancelled. */
    Optional<String> askPresetName(String suggestion);
}
