package org.emdrill.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** What {@link DatabaseOpener#open} did; the UI tells the user about anything but a plain open. */
public sealed interface OpenOutcome {

    /**
     * The database is open and current.
     *
     * @param recovery  present when the file was damaged and set aside
     * @param migration what the schema upgrade found and did
     */
    record Opened(Database database, Optional<Recovery> recovery, MigrationResult migration) implements OpenOutcome {
        public Opened {
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(recovery, "recovery");
            Objects.requireNonNull(migration, "migration");
        }
    }

    /**
     * The file was written by a newer EM Drill. It was not opened for writing and nothing was changed.
     */
    record MadeByNewerApp(Path file, int fileVersion, int appVersion) implements OpenOutcome {

        public String message() {
            return MigrationResult.newerAppMessage(fileVersion, appVersion);
        }
    }
}
