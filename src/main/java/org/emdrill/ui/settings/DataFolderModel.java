package org.emdrill.ui.settings;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.emdrill.datafolder.MoveOutcome;
import org.emdrill.ui.common.BackgroundRunner;

/** Moving the data folder from Settings: the copy runs in the background and the outcome is put in words. */
public final class DataFolderModel {

    private final BackgroundRunner runner;
    private final Path dataDir;
    private final DataFolderMover mover;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");

    public DataFolderModel(BackgroundRunner runner, Path dataDir, DataFolderMover mover) {
        this.runner = Objects.requireNonNull(runner);
        this.dataDir = Objects.requireNonNull(dataDir);
        this.mover = Objects.requireNonNull(mover);
        runner.run(mover::pending, pending -> pending.ifPresent(p -> message.set(waiting(p))),
                e -> System.getLogger(DataFolderModel.class.getName()).log(System.Logger.Level.WARNING,
                        "a pending data-folder move could not be checked: " + e.getMessage()));
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public void moveTo(Path target) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set("Copying your data to " + target + "\u2026");
        runner.run(() -> mover.moveTo(target), outcome -> {
            busy.set(false);
            message.set(describe(outcome));
        }, e -> {
            busy.set(false);
            message.set("The data could not be copied to " + target + " (" + e.getMessage() + "). Nothing was "
                    + "switched; EM Drill keeps using " + dataDir + ".");
        });
    }

    private String describe(MoveOutcome outcome) {
        if (outcome instanceof MoveOutcome.Copied c) {
            return "Copied " + c.files() + (c.files() == 1 ? " file" : " files") + " (" + BackupRow.size(c.bytes())
                    + ") and checked them. " + waiting(c.target());
        }
        return ((MoveOutcome.Refused) outcome).message();
    }

    private String waiting(Path target) {
        return "EM Drill switches to " + target + " the next time it starts; anything you do before then is copied "
                + "across at that start. The old folder " + dataDir + " stays as it is until you remove it.";
    }
}
