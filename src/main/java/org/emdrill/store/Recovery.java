package org.emdrill.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened when {@code history.db} turned out to be damaged: where the damaged file was kept
 * (it is never deleted) and which backup, if any, replaced it.
 *
 * @param damagedFileKeptAt the damaged file's new name, beside the original
 * @param problem           what was wrong, as SQLite reported it
 * @param restoredFrom      the backup now in use; empty when no usable backup existed and a fresh
 *                          database was started
 */
public record Recovery(Path damagedFileKeptAt, String problem, Optional<BackupInfo> restoredFrom) {

    public Recovery {
        Objects.requireNonNull(damagedFileKeptAt, "damagedFileKeptAt");
        problem = problem == null ? "" : problem;
        Objects.requireNonNull(restoredFrom, "restoredFrom");
    }

    /** A short explanation for the user. */
    public String message() {
        String kept = "Your history database was damaged. The damaged file was kept as " + damagedFileKeptAt + ". ";
        return kept + restoredFrom
                .map(b -> "The backup from " + b.createdAt() + " was restored; practice since then is missing.")
                .orElse("No usable backup was found, so a new, empty history was started.");
    }
}
