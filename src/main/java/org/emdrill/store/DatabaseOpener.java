package org.emdrill.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import org.emdrill.files.AtomicFiles;

/**
 * Opens {@code <dataDir>/history.db} at app start, whatever state it is in:
 * <ul>
 *   <li>missing or empty: a new database is created;</li>
 *   <li>damaged (not a database, or {@code PRAGMA quick_check} fails): the file and its -wal/-shm are
 *       renamed to {@code history.db.damaged-YYYYMMDD-HHMMSS} (never deleted) and the newest backup that
 *       passes the check is restored, or a fresh database is started;</li>
 *   <li>made by a newer EM Drill: left untouched and reported;</li>
 *   <li>older schema: a backup is taken, then it is migrated.</li>
 * </ul>
 */
public final class DatabaseOpener {

    public static final String FILE_NAME = "history.db";

    private static final System.Logger LOG = System.getLogger(DatabaseOpener.class.getName());

    private final Path dataDir;
    private final InstantSource clock;
    private final SchemaMigrator migrator;

    public DatabaseOpener(Path dataDir, InstantSource clock) {
        this(dataDir, clock, SchemaMigrator.standard());
    }

    public DatabaseOpener(Path dataDir, InstantSource clock, SchemaMigrator migrator) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.migrator = Objects.requireNonNull(migrator, "migrator");
    }

    public Path databaseFile() {
        return dataDir.resolve(FILE_NAME);
    }

    public OpenOutcome open() throws IOException {
        Files.createDirectories(dataDir);
        Path file = databaseFile();
        BackupFolder backups = BackupFolder.in(dataDir);

        Optional<Recovery> recovery = Optional.empty();
        DatabaseHealth.Report health = DatabaseHealth.checkLive(file);
        if (!health.healthy()) {
            recovery = Optional.of(recover(file, health.detail(), backups));
        } else if (health.schemaVersion() > migrator.latestVersion()) {
            return new OpenOutcome.MadeByNewerApp(file, health.schemaVersion(), migrator.latestVersion());
        }

        Database db = Database.open(file);
        try {
            BackupService backupService = new BackupService(db, backups, clock, migrator);
            MigrationResult migration = migrator.migrate(db,
                    (from, to) -> backupService.backupNow("before-upgrade-to-v" + to));
            if (migration.madeByNewerApp()) {
                db.close();
                return new OpenOutcome.MadeByNewerApp(file, migration.foundVersion(), migration.appVersion());
            }
            return new OpenOutcome.Opened(db, recovery, migration);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private Recovery recover(Path file, String problem, BackupFolder backups) throws IOException {
        Path kept = DatabaseFiles.moveAside(file, "damaged-" + FileStamps.format(clock.instant()));
        LOG.log(Level.WARNING, "{0} is damaged ({1}); kept it as {2}", file, problem, kept);
        for (BackupInfo backup : backups.list()) {
            DatabaseHealth.Report report = DatabaseHealth.checkReadOnly(backup.file());
            if (report.healthy() && report.schemaVersion() <= migrator.latestVersion()) {
                AtomicFiles.copy(backup.file(), file);
                LOG.log(Level.WARNING, "Restored {0} from {1}", file, backup.file());
                return new Recovery(kept, problem, Optional.of(backup));
            }
            LOG.log(Level.WARNING, "Backup {0} is not usable: {1}", backup.file(), report.detail());
        }
        LOG.log(Level.WARNING, "No usable backup; starting a new {0}", file);
        return new Recovery(kept, problem, Optional.empty());
    }
}
