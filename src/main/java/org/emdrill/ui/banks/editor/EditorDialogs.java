package org.emdrill.ui.banks.editor;

import java.util.Objects;

import org.emdrill.ui.common.DialogService;

/** What the bank editor asks the user, in its words, through the app's {@link DialogService}. FX thread. */
public final class EditorDialogs {

    private final DialogService dialogs;

    public EditorDialogs(DialogService dialogs) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    }

    /**
     * The editor is about to close with changes that are not saved.
     *
     * @return true to throw the changes away and close, false to keep editing
     */
    boolean confirmDiscard(String bankTitle) {
        return dialogs.confirm(new DialogService.Confirmation("Unsaved changes",
                bankTitle.isBlank() ? "Discard this new bank?" : "Discard your changes to “" + bankTitle + "”?",
                "You have changes that are not saved. They are lost if you leave the editor now.",
                "Discard changes", "Keep editing", true));
    }
}
