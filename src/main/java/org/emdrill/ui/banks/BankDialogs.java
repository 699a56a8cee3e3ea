package org.emdrill.ui.banks;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.emdrill.bank.BankImporter;
import org.emdrill.bank.ImportChoice;
import org.emdrill.domain.QuestionBank;
import org.emdrill.ui.common.DialogService;

/** What the Banks screen asks the user, in its words, through the app's {@link DialogService}. FX thread. */
public final class BankDialogs {

    static final String REPLACE = "Replace";
    static final String KEEP_BOTH = "Keep both";
    private static final DialogService.FileKind BANK_FILES = DialogService.FileKind.of("Question banks (*.json)",
            "*.json");

    private final DialogService dialogs;

    public BankDialogs(DialogService dialogs) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    }

    /**
     * An imported bank's id is taken.
     *
     * @return the user's choice; {@link ImportChoice#REPLACE} only when {@code taken.replaceable()}
     */
    ImportChoice chooseForTakenId(QuestionBank imported, BankImporter.TakenId taken) {
        String heading = "A bank with the id “" + taken.id() + "” already exists";
        DialogService.Choice choice = taken.replaceable()
                ? new DialogService.Choice("Import bank", heading, "“" + taken.existingTitle()
                        + "” is one of your banks. Replace it with “" + imported.title()
                        + "”, or keep both: the imported bank then gets the id “" + taken.freeId() + "”.",
                        List.of(REPLACE, KEEP_BOTH), "Cancel")
                : new DialogService.Choice("Import bank", heading, "“" + taken.existingTitle()
                        + "” comes with EM Drill and cannot be replaced. Import “" + imported.title()
                        + "” as a copy with the id “" + taken.freeId() + "”?", List.of(KEEP_BOTH), "Cancel");
        Optional<String> answer = dialogs.choose(choice);
        if (answer.isEmpty()) {
            return ImportChoice.CANCEL;
        }
        if (answer.get().equals(REPLACE) && taken.replaceable()) {
            return ImportChoice.REPLACE;
        }
        return answer.get().equals(KEEP_BOTH) ? ImportChoice.KEEP_BOTH : ImportChoice.CANCEL;
    }

    /** Asks before a user bank is deleted; true to delete. */
    boolean confirmRemove(QuestionBank bank) {
        return dialogs.confirm(new DialogService.Confirmation("Remove bank", "Remove “" + bank.title() + "”?",
                "Its file is deleted from your banks folder:\n" + bank.origin()
                        + "\n\nAnswers you gave to its questions stay in your history.",
                "Remove", "Cancel", true));
    }

    /** The bank files to import; none when cancelled. */
    List<Path> chooseFilesToImport() {
        return dialogs.chooseFilesToOpen(new DialogService.FileRequest("Import question banks", "",
                List.of(BANK_FILES)));
    }

    /** Where to export a bank; empty when cancelled. */
    Optional<Path> chooseExportTarget(QuestionBank bank) {
        return dialogs.chooseSaveTarget(new DialogService.FileRequest("Export “" + bank.title() + "”",
                bank.id() + ".json", List.of(BANK_FILES)));
    }

    /** Opens a folder in the system's file manager. */
    void showFolder(java.nio.file.Path folder) {
        dialogs.showFolder(folder);
    }
}
