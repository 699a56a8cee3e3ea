package org.emdrill.ui.mockinterview;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** {@link InterviewDialogs} as ordinary dialog windows; "Keep going" is the default, so Enter is safe. */
public final class AlertInterviewDialogs implements InterviewDialogs {

    @Override
    public boolean confirmAbandon(String explanation) {
        ButtonType abandon = new ButtonType("Abandon interview", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep going", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, explanation, abandon, keep);
        alert.setTitle("Abandon interview");
        alert.setHeaderText("Abandon this interview?");
        owner().ifPresent(alert::initOwner);
        Button abandonButton = (Button) alert.getDialogPane().lookupButton(abandon);
        abandonButton.setDefaultButton(false);
        abandonButton.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().filter(b -> b == abandon).isPresent();
    }

    @Override
    public Optional<String> askPresetName(String suggestion) {
        TextInputDialog dialog = new TextInputDialog(suggestion);
        dialog.setTitle("Save as preset");
        dialog.setHeaderText("Save this set-up as a preset");
        dialog.setContentText("Name");
        owner().ifPresent(dialog::initOwner);
        return dialog.showAndWait().map(String::trim).filter(s -> !s.isEmpty());
    }

    private static Optional<Window> owner() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst();
    }
}
