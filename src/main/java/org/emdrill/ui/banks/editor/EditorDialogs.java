package org.emdrill.ui.banks.editor;

/**
 * What the bank editor asks the user. An interface so tests can answer without windows. Called on the
 * FX thread.
 */
public interface EditorDialogs {

    /**
     * The editor is about to close with changes that are not saved.
     *
     * @return true to throw the changes away and close, false to keep editing
     */
    boolean confirmDiscard(String bankTitle);
}
