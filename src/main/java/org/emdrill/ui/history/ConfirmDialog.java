package org.emdrill.ui.history;

/**
 * Asks the user to confirm something that cannot be taken back. An interface so tests can answer it
 * without opening a window.
 */
@FunctionalInterface
public interface ConfirmDialog {

    /**
     * @param heading     the question, one line, e.g. "Delete this attempt?"
     * @param explanation what will happen
     * @param action      the label of the confirming button, e.g. "Delete"
     * @return true when the user confirmed
     */
    boolean confirm(String heading, String explanation, String action);
}
