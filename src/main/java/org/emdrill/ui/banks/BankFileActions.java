package org.emdrill.ui.banks;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.emdrill.bank.BankLibrary;
import org.emdrill.bank.UserBanks;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.QuestionBank;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;

/**
 * The Banks screen's work on bank files other than importing: reloading the library, removing, exporting
 * and copying a bank. Each runs in the background, sets {@code busy} meanwhile and ends with one
 * sentence in {@code status}.
 */
final class BankFileActions {

    private final AppState state;
    private final BackgroundRunner runner;
    private final UserBanks userBanks;
    private final BankDialogs dialogs;
    private final StringProperty status;
    private final BooleanProperty busy;
    private final ObjectProperty<Path> exported = new SimpleObjectProperty<>();
    private String exportedText;

    BankFileActions(AppState state, BackgroundRunner runner, UserBanks userBanks, BankDialogs dialogs,
                    StringProperty status, BooleanProperty busy) {
        this.state = Objects.requireNonNull(state, "state");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.userBanks = Objects.requireNonNull(userBanks, "userBanks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.status = Objects.requireNonNull(status, "status");
        this.busy = Objects.requireNonNull(busy, "busy");
        // "Open folder" belongs to the export message alone: any later message takes it away.
        status.addListener((obs, was, now) -> {
            if (exported.get() != null && !now.equals(exportedText)) {
                exported.set(null);
            }
        });
    }

    /** The file the last export wrote, while its message shows; null otherwise. */
    ReadOnlyObjectProperty<Path> exportedFileProperty() {
        return exported;
    }

    /** Shows the folder holding the file just exported, in the system's file manager. */
    void showExportedFolder() {
        Path file = exported.get();
        if (file != null && file.toAbsolutePath().getParent() != null) {
            dialogs.showFolder(file.toAbsolutePath().getParent());
        }
    }

    /** Loads every bank again; once all load cleanly, the "banks have problems" notice goes. */
    void reload() {
        busy.set(true);
        status.set("Reloading banks…");
        runner.run(userBanks::reload, library -> {
            busy.set(false);
            state.libraryProperty().set(library);
            status.set(reloadedText(library));
            if (!library.hasFailures()) {
                state.notices().removeIf(n -> "banks".equals(n.target()));
            }
        }, error -> {
            busy.set(false);
            status.set("The banks could not be reloaded: " + error.getMessage());
        });
    }

    /** Makes an unsaved copy of {@code bank} with new ids, so it can sit next to it, and hands it on. */
    void duplicate(QuestionBank bank, Consumer<QuestionBank> openCopy) {
        busy.set(true);
        BankLibrary library = state.library();
        runner.run(() -> userBanks.copyOf(bank, library), copy -> {
            busy.set(false);
            openCopy.accept(copy);
        }, error -> {
            busy.set(false);
            status.set("“" + bank.title() + "” could not be copied: " + error.getMessage());
        });
    }

    /** Writes a user bank to a file the user picks, atomically; other banks are left alone. */
    void export(QuestionBank bank) {
        if (bank == null || bank.source() != BankSource.USER) {
            return;
        }
        Optional<Path> target = dialogs.chooseExportTarget(bank);
        if (target.isEmpty()) {
            return;
        }
        busy.set(true);
        runner.run(() -> userBanks.export(bank, target.get()), file -> {
            busy.set(false);
            exportedText = "Exported “" + bank.title() + "” to " + file.toAbsolutePath() + ".";
            status.set(exportedText);
            exported.set(file);
        }, error -> {
            busy.set(false);
            status.set("“" + bank.title() + "” could not be exported: " + error.getMessage());
        });
    }

    /** Removes a user bank after asking, then reloads. Attempts made with it stay in the history. */
    void remove(QuestionBank bank) {
        if (bank == null || bank.source() != BankSource.USER || !dialogs.confirmRemove(bank)) {
            return;
        }
        busy.set(true);
        runner.run(() -> {
            userBanks.remove(bank);
            return bank;
        }, removed -> {
            busy.set(false);
            status.set("Removed “" + removed.title() + "”. Answers you gave to its questions stay in your history.");
            reload();
        }, error -> {
            busy.set(false);
            status.set("“" + bank.title() + "” could not be removed: " + error.getMessage());
        });
    }

    private static String reloadedText(BankLibrary library) {
        int n = library.banks().size();
        String loaded = "Reloaded: " + n + (n == 1 ? " bank" : " banks") + " loaded";
        int failed = library.failures().size();
        return failed == 0 ? loaded + "." : loaded + ", " + failed + (failed == 1 ? " file has" : " files have")
                + " problems.";
    }
}
