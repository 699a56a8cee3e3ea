package org.emdrill.ui.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;

import org.emdrill.store.BackupFolder;
import org.emdrill.store.BackupService;
import org.emdrill.store.Database;
import org.emdrill.store.DatabaseOpener;
import org.emdrill.store.OpenOutcome;

/** A real history database and its backup service in a temp data folder, on a clock the test moves. */
final class BackupFixture implements AutoCloseable {

    static final class MovableClock implements InstantSource {
        Instant now = Instant.parse("2025-03-03T09:12:00Z");

        @Override
        public Instant instant() {
            return now;
        }
    }

    final Path dataDir;
    final MovableClock clock = new MovableClock();
    final Database database;
    final BackupService backups;

    BackupFixture(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        OpenOutcome outcome = new DatabaseOpener(dataDir, clock).open();
        this.database = ((OpenOutcome.Opened) outcome).database();
        this.backups = new BackupService(database, BackupFolder.in(dataDir), clock);
        // One attempt, since a history without any is not worth a backup.
        database.withConnection(c -> {
            try (var st = c.createStatement()) {
                return st.executeUpdate("INSERT INTO attempts (bank_id, question_id,"
                + " prompt, mode, target_seconds, started_at, finished_at, created_at) VALUES ('b', 'q', 'p', 'typed',"
                + " 60, '2025-03-03T09:00:00.000Z', '2025-03-03T09:01:00.000Z', '2025-03-03T09:01:00.000Z')");
            }
        });
    }

    @Override
    public void close() {
        database.close();
    }
}
