package org.emdrill.ui.settings;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.emdrill.settings.Settings;
import org.emdrill.settings.Theme;
import org.emdrill.store.BackupService;
import org.emdrill.store.RestoreResult;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.DialogService;

/**
 * The Settings screen's state. Theme and prep time are edited here and written back to
 * {@link AppState#settingsProperty()} as a whole new {@link Settings} value (the app applies and saves
 * it). Backups are listed, made and restored through the {@link BackgroundRunner}.
 */
public final class SettingsViewModel {

    static final String MANUAL_REASON = "manual";
    public static final int MAX_PREP_SECONDS = 300;

    private final AppState state;
    private final BackgroundRunner runner;
    private final BackupService backups;
    private final Path dataDir;
    private final DialogService dialogs;

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final IntegerProperty prepSeconds = new SimpleIntegerProperty();
    private final IntegerProperty dailyNewLimit = new SimpleIntegerProperty();
    private final ObservableList<BackupRow> backupRows = FXCollections.observableArrayList();
    private final ObjectProperty<BackupRow> selectedBackup = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty backupsLoaded = new SimpleBooleanProperty();
    private final StringProperty backupMessage = new SimpleStringProperty("");

    public SettingsViewModel(AppState state, BackgroundRunner runner, BackupService backups, Path dataDir,
                             DialogService dialogs) {
        this.state = Objects.requireNonNull(state, "state");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.backups = Objects.requireNonNull(backups, "backups");
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        copyFrom(state.settings());
        state.settingsProperty().addListener((obs, old, settings) -> copyFrom(settings));
        theme.addListener((obs, old, t) -> {
            if (t != null && t != state.settings().theme()) {
                state.settingsProperty().set(state.settings().withTheme(t));
            }
        });
        dailyNewLimit.addListener((obs, old, n) -> {
            int limit = Math.max(0, Math.min(Settings.MAX_DAILY_NEW, n.intValue()));
            if (limit != state.settings().dailyNewLimit()) {
                state.settingsProperty().set(state.settings().withDailyNewLimit(limit));
            }
        });
        prepSeconds.addListener((obs, old, n) -> {
            if (n.intValue() != state.settings().prepSeconds()) {
                state.settingsProperty().set(state.settings().withPrepSeconds(clampPrep(n.intValue())));
            }
        });
        loadBackups();
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Seconds of prep before each answer, 0 to {@link #MAX_PREP_SECONDS}; 0 turns prep off. */
    /** How many never-answered questions spaced practice brings in per day. */
    public IntegerProperty dailyNewLimitProperty() {
        return dailyNewLimit;
    }

    public IntegerProperty prepSecondsProperty() {
        return prepSeconds;
    }

    public Path dataDir() {
        return dataDir;
    }

    public ObservableList<BackupRow> backups() {
        return backupRows;
    }

    public ObjectProperty<BackupRow> selectedBackupProperty() {
        return selectedBackup;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** False until the first listing has come back, so the list can say "Loading…" meanwhile. */
    public ReadOnlyBooleanProperty backupsLoadedProperty() {
        return backupsLoaded;
    }

    /** The outcome of the last backup action, one or two sentences. */
    public ReadOnlyStringProperty backupMessageProperty() {
        return backupMessage;
    }

    public void openDataFolder() {
        dialogs.showFolder(dataDir);
    }

    public void loadBackups() {
        runner.run(backups::list, list -> {
            BackupRow previous = selectedBackup.get();
            backupRows.setAll(list.stream().map(BackupRow::new).toList());
            selectedBackup.set(previous != null && backupRows.contains(previous) ? previous : null);
            backupsLoaded.set(true);
        }, error -> {
            backupsLoaded.set(true);
            backupMessage.set("The backups could not be listed: " + error.getMessage());
        });
    }

    public void backUpNow() {
        busy.set(true);
        backupMessage.set("Backing up…");
        runner.run(() -> backups.backupNow(MANUAL_REASON), file -> {
            busy.set(false);
            backupMessage.set(file.map(f -> "Backed up your history to " + f.getFileName() + ".")
                    .orElse("There is nothing to back up yet: your history holds no attempts."));
            loadBackups();
        }, error -> {
            busy.set(false);
            backupMessage.set("The backup failed: " + error.getMessage());
        });
    }

    /** Restores the selected backup after the user confirms; the current history is kept beside it. */
    public void restoreSelected() {
        BackupRow row = selectedBackup.get();
        if (row == null || !dialogs.confirm(new DialogService.Confirmation("Restore backup",
                restoreHeading(row), restoreExplanation(row), "Restore", "Cancel", false))) {
            return;
        }
        busy.set(true);
        backupMessage.set("Restoring…");
        runner.run(() -> backups.restore(row.backup()), result -> {
            busy.set(false);
            backupMessage.set(result.restored() ? restoredText(row, result) : result.message());
            if (result.restored()) {
                state.attemptSaved();
            }
            loadBackups();
        }, error -> {
            busy.set(false);
            backupMessage.set("The restore failed and your history was not changed: " + error.getMessage());
        });
    }

    static String restoreHeading(BackupRow row) {
        return "Restore the backup from " + row.date() + "?";
    }

    static String restoreExplanation(BackupRow row) {
        return "Your history will be replaced by this backup. Answers saved after " + row.date()
                + " are not in it.\n\nNothing is deleted: the current history is kept beside it in the data folder "
                + "as history.db.before-restore-…, so you can go back to it.";
    }

    /** The store's sentence names the time in UTC; this one uses the date the user saw in the list. */
    static String restoredText(BackupRow row, RestoreResult result) {
        return "Restored the backup from " + row.date() + "."
                + result.previousKeptAt().map(p -> " The previous history was kept as " + p.getFileName()
                        + " in the data folder.").orElse("");
    }

    private void copyFrom(Settings s) {
        theme.set(s.theme());
        prepSeconds.set(s.prepSeconds());
        dailyNewLimit.set(s.dailyNewLimit());
    }

    private static int clampPrep(int n) {
        return Math.max(0, Math.min(MAX_PREP_SECONDS, n));
    }
}
