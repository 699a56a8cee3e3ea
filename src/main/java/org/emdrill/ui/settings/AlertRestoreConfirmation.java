package org.emdrill.ui.settings;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** {@link RestoreConfirmation} as an ordinary confirmation window. */
final class AlertRestoreConfirmation implements RestoreConfirmation {

    @Override
    public boolean confirm(String heading, String explanation) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.setTitle("Restore backup");
        alert.setHeaderText(heading);
        alert.setContentText(explanation);
        alert.getButtonTypes().setAll(restore, ButtonType.CANCEL);
        return alert.showAndWait().filter(b -> b == restore).isPresent();
    }
}
