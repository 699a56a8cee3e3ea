package org.emdrill.ui.banks;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import org.emdrill.bank.BankImporter;
import org.emdrill.bank.BankLibrary;
import org.emdrill.bank.ImportChoice;
import org.emdrill.bank.UserBanks;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;

/**
 * The Banks screen's import, one file after another: check it in the background, ask about a taken
 * id, install it, list the files that are not valid banks, and reload once at the end. Shares the
 * screen's status line, busy flag and problem list. FX thread.
 */
final class ImportQueue {

    private final AppState state;
    private final BackgroundRunner runner;
    private final UserBanks userBanks;
    private final BankDialogs dialogs;
    private final StringProperty status;
    private final BooleanProperty busy;
    private final ObservableList<BankImporter.Invalid> problems;
    private final Consumer<String> onInstalled;
    private final Runnable reload;
    private final Deque<Path> queue = new ArrayDeque<>();
    private boolean running;
    private boolean changed;

    /**
     * @param onInstalled told the id of each bank installed, so the reload can select it
     * @param reload      reloads the library after the last file, when any was installed
     */
    ImportQueue(AppState state, BackgroundRunner runner, UserBanks userBanks, BankDialogs dialogs,
                StringProperty status, BooleanProperty busy, ObservableList<BankImporter.Invalid> problems,
                Consumer<String> onInstalled, Runnable reload) {
        this.state = Objects.requireNonNull(state, "state");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.userBanks = Objects.requireNonNull(userBanks, "userBanks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.status = Objects.requireNonNull(status, "status");
        this.busy = Objects.requireNonNull(busy, "busy");
        this.problems = Objects.requireNonNull(problems, "problems");
        this.onInstalled = Objects.requireNonNull(onInstalled, "onInstalled");
        this.reload = Objects.requireNonNull(reload, "reload");
    }

    /** Queues the files; starts when no import is running, else they follow the running one. */
    void add(List<Path> files) {
        if (files == null || files.isEmpty()) {
            return;
        }
        queue.addAll(files);
        if (!running) {
            running = true;
            problems.clear();
            changed = false;
            importNext();
        }
    }

    private void importNext() {
        Path file = queue.poll();
        if (file == null) {
            running = false;
            busy.set(false);
            if (changed) {
                reload.run();
            }
            return;
        }
        busy.set(true);
        status.set("Checking " + file.getFileName() + "…");
        BankLibrary library = state.library();
        runner.run(() -> userBanks.importer().check(file, library), this::checked, error -> importFailed(file, error));
    }

    private void checked(BankImporter.Outcome outcome) {
        if (outcome instanceof BankImporter.Checked c) {
            ImportChoice choice = c.taken().isPresent()
                    ? dialogs.chooseForTakenId(c.bank(), c.taken().get())
                    : ImportChoice.KEEP_BOTH;
            if (choice == ImportChoice.CANCEL
                    || (choice == ImportChoice.REPLACE && !c.taken().map(BankImporter.TakenId::replaceable).orElse(true))) {
                status.set("Did not import " + c.file() + ".");
                importNext();
                return;
            }
            BankLibrary library = state.library();
            runner.run(() -> userBanks.importer().install(c, choice, library), this::installed,
                    error -> importFailed(Path.of(c.file()), error));
        } else {
            installed(outcome);
        }
    }

    private void installed(BankImporter.Outcome outcome) {
        if (outcome instanceof BankImporter.Installed i) {
            changed = true;
            onInstalled.accept(i.id());
            status.set("Imported “" + i.title() + "” as " + i.id() + ".");
        } else if (outcome instanceof BankImporter.Invalid invalid) {
            problems.add(invalid);
            status.set(invalid.file() + " was not imported: it has " + problemCount(invalid.problems().size()) + ".");
        }
        importNext();
    }

    private void importFailed(Path file, Throwable error) {
        status.set(file.getFileName() + " could not be imported: " + error.getMessage());
        importNext();
    }

    private static String problemCount(int n) {
        return n + (n == 1 ? " problem" : " problems");
    }
}
