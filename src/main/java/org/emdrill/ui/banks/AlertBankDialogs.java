package org.emdrill.ui.banks;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

import org.emdrill.bank.BankImporter;
import org.emdrill.bank.ImportChoice;
import org.emdrill.domain.QuestionBank;

/** {@link BankDialogs} as ordinary confirmation windows. */
final class AlertBankDialogs implements BankDialogs {

    @Override
    public ImportChoice chooseForTakenId(QuestionBank imported, BankImporter.TakenId taken) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        ButtonType keepBoth = new ButtonType("Keep both", ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.setTitle("Import bank");
        alert.setHeaderText("A bank with the id “" + taken.id() + "” already exists");
        if (taken.replaceable()) {
            alert.setContentText("“" + taken.existingTitle() + "” is one of your banks. Replace it with “"
                    + imported.title() + "”, or keep both: the imported bank then gets the id “" + taken.freeId() + "”.");
            alert.getButtonTypes().setAll(replace, keepBoth, ButtonType.CANCEL);
        } else {
            alert.setContentText("“" + taken.existingTitle() + "” comes with EM Drill and cannot be replaced. "
                    + "Import “" + imported.title() + "” as a copy with the id “" + taken.freeId() + "”?");
            alert.getButtonTypes().setAll(keepBoth, ButtonType.CANCEL);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty()) {
            return ImportChoice.CANCEL;
        }
        if (answer.get() == replace) {
            return ImportChoice.REPLACE;
        }
        return answer.get() == keepBoth ? ImportChoice.KEEP_BOTH : ImportChoice.CANCEL;
    }

    @Override
    public boolean confirmRemove(QuestionBank bank) {
        ButtonType remove = new ButtonType("Remove", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.setTitle("Remove bank");
        alert.setHeaderText("Remove “" + bank.title() + "”?");
        alert.setContentText("Its file is deleted from your banks folder:\n" + bank.origin()
                + "\n\nAnswers you gave to its questions stay in your history.");
        alert.getButtonTypes().setAll(remove, ButtonType.CANCEL);
        return alert.showAndWait().filter(b -> b == remove).isPresent();
    }
}
