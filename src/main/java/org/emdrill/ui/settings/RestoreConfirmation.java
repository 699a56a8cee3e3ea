package org.emdrill.ui.settings;

/** Asks the user before a backup replaces the history. An interface so tests can answer without windows. */
public interface RestoreConfirmation {

    /**
     * @param heading     one line, e.g. "Restore the backup from 3 Mar 2025, 09:12?"
     * @param explanation what will happen, including that the current history is kept
     * @return true to restore
     */
    boolean confirm(String heading, String explanation);
}
