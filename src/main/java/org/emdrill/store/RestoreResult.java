package org.emdrill.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@link BackupService#restore} did.
 *
 * @param restored       true when the backup is now the live database
 * @param previousKeptAt where the database that was replaced now lives; empty when nothing was replaced
 * @param message        a sentence for the user
 */
public record RestoreResult(boolean restored, Optional<Path> previousKeptAt, String message) {

    static RestoreResult refused(String message) {
        return new RestoreResult(false, Optional.empty(), message);
    }
}
