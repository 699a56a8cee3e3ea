package org.emdrill.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened when {@code history.db} could not be used as it was: where the file was kept (it is
 * never deleted) and which backup, if any, replaced it.
 *
 * @param reason            why the file was set aside
 * @param damagedFileKeptAt the file's new name, beside the original
 * @param problem           what was wrong, as SQLite reported it
 * @param restoredFrom      the backup now in use; empty when no usable backup existed and a fresh
 *                          database was started
 */
public record Recovery(Reason reason, Path damagedFileKeptAt, String problem, Optional<BackupInfo> restoredFrom) {

    /** Why the file found at start was not used. */
    public enum Reason {
        /** Not a readable SQLite database, or its integrity check failed. */
        DAMAGED,
        /** Zero bytes long while a backup holds attempts: a failed sync or a full disk, not a new start. */
        EMPTIED,
        /** A readable SQLite database that EM Drill did not make (another program's tables). */
        NOT_OURS
    }

    public Recovery {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(damagedFileKeptAt, "damagedFileKeptAt");
        problem = problem == null ? "" : problem;
        Objects.requireNonNull(restoredFrom, "restoredFrom");
    }

    public Recovery(Path damagedFileKeptAt, String problem, Optional<BackupInfo> restoredFrom) {
        this(Reason.DAMAGED, damagedFileKeptAt, problem, restoredFrom);
    }

    /** A short explanation for the user. */
    public String message() {
        String what = switch (reason) {
            case DAMAGED -> "Your history database was damaged. The damaged file was kept as " + damagedFileKeptAt + ". ";
            case EMPTIED -> "Your history database was found empty (0 bytes), which usually means a sync tool or a"
                    + " full disk cut it short. The empty file was kept as " + damagedFileKeptAt + ". ";
            case NOT_OURS -> "The file history.db in your data folder was not made by EM Drill, so it was left"
                    + " untouched and kept as " + damagedFileKeptAt + ". ";
        };
        return what + restoredFrom
                .map(b -> "The backup from " + b.createdAt() + " was restored; practice since then is missing.")
                .orElse("No usable backup was found, so a new, empty history was started.");
    }
}
