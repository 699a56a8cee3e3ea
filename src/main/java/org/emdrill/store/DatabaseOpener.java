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
 *   <li>missing: a new database is created;</li>
 *   <li>zero bytes long: kept aside as {@code history.db.empty-…}, the newest backup with attempts
 *       restored, and the user told (with no backup, that a new history was started);</li>
 *   <li>another program's SQLite file: kept aside untouched as {@code history.db.not-em-drill-…}, and a
 *       backup restored or a new history started beside it;</li>
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
            recovery = Optional.of(recover(file, Recovery.Reason.DAMAGED, health.detail(), backups));
        } else if (!migrator.looksLikeOurs(health.schemaVersion(), health.tables())) {
            // Another program's database: never migrate it (that alters its tables); keep it as it is.
            recovery = Optional.of(recover(file, Recovery.Reason.NOT_OURS, "tables " + health.tables()
                    + ", user_version " + health.schemaVersion(), backups));
        } else if (health.schemaVersion() > migrator.latestVersion()) {
            return new OpenOutcome.MadeByNewerApp(file, health.schemaVersion(), migrator.latestVersion());
        } else if (health.zeroBytes()) {
            // A real first start has no file at all; zero bytes is a file cut short (a sync tool, a full disk).
            // Say so even with no backup to restore: the user may have a copy elsewhere.
            recovery = Optional.of(recover(file, Recovery.Reason.EMPTIED, "the file is 0 bytes long", backups));
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

    private Recovery recover(Path file, Recovery.Reason reason, String problem, BackupFolder backups) throws IOException {
        String label = (reason == Recovery.Reason.NOT_OURS ? "not-em-drill-" : reason == Recovery.Reason.EMPTIED
                ? "empty-" : "damaged-") + FileStamps.format(clock.instant());
        Path kept = DatabaseFiles.moveAside(file, label);
        LOG.log(Level.WARNING, "{0} not usable ({1}: {2}); kept it as {3}", file, reason, problem, kept);
        Optional<BackupInfo> chosen = bestBackup(backups);
        if (chosen.isPresent()) {
            AtomicFiles.copy(chosen.get().file(), file);
            LOG.log(Level.WARNING, "Restored {0} from {1}", file, chosen.get().file());
        } else {
            LOG.log(Level.WARNING, "No usable backup; starting a new {0}", file);
        }
        return new Recovery(reason, kept, problem, chosen);
    }

    /** The newest usable backup that holds attempts, else the newest usable one at all. */
    private Optional<BackupInfo> bestBackup(BackupFolder backups) {
        BackupInfo firstUsable = null;
        for (BackupInfo backup : backups.list()) {
            DatabaseHealth.Report report = DatabaseHealth.checkReadOnly(backup.file());
            if (!usable(report)) {
                LOG.log(Level.WARNING, "Backup {0} is not usable: {1}", backup.file(), report.detail());
                continue;
            }
            if (report.attempts() > 0) {
                return Optional.of(backup);
            }
            if (firstUsable == null) {
                firstUsable = backup;
            }
        }
        return Optional.ofNullable(firstUsable);
    }

    private boolean usable(DatabaseHealth.Report report) {
        return report.healthy() && report.schemaVersion() <= migrator.latestVersion()
                && migrator.looksLikeOurs(report.schemaVersion(), report.tables());
    }
}
