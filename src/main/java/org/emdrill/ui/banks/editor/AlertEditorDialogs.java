package org.emdrill.ui.banks.editor;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** {@link EditorDialogs} as an ordinary confirmation window. */
public final class AlertEditorDialogs implements EditorDialogs {

    @Override
    public boolean confirmDiscard(String bankTitle) {
        ButtonType discard = new ButtonType("Discard changes", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep editing", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText(bankTitle.isBlank() ? "Discard this new bank?" : "Discard your changes to “" + bankTitle + "”?");
        alert.setContentText("You have changes that are not saved. They are lost if you leave the editor now.");
        alert.getButtonTypes().setAll(discard, keep);
        return alert.showAndWait().filter(b -> b == discard).isPresent();
    }
}
