package org.emdrill.ui.history;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** {@link ConfirmDialog} as an ordinary confirmation window; Cancel is the default, so Enter is safe. */
public final class AlertConfirmDialog implements ConfirmDialog {

    @Override
    public boolean confirm(String heading, String explanation, String action) {
        ButtonType confirm = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, explanation, confirm, ButtonType.CANCEL);
        alert.setTitle(action);
        alert.setHeaderText(heading);
        // Centre on, and block, the window the user is working in.
        Window.getWindows().stream().filter(Window::isFocused).findFirst().ifPresent(alert::initOwner);
        Button confirmButton = (Button) alert.getDialogPane().lookupButton(confirm);
        confirmButton.setDefaultButton(false);
        confirmButton.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(b -> b == confirm).isPresent();
    }
}
