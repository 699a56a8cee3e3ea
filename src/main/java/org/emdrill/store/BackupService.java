package org.emdrill.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.emdrill.files.AtomicFiles;

/**
 * Copies of the live database in {@code <dataDir>/backups}: taken with {@code VACUUM INTO} (a
 * consistent, compacted snapshot even while the app has the database open), the newest
 * {@link BackupFolder#KEEP} kept.
 */
public final class BackupService {

    /** {@link #backupIfDue} takes at most one backup in this period. */
    public static final Duration DAILY = Duration.ofDays(1);

    private static final System.Logger LOG = System.getLogger(BackupService.class.getName());

    private final Database db;
    private final BackupFolder folder;
    private final InstantSource clock;
    private final SchemaMigrator migrator;

    public BackupService(Database db, BackupFolder folder, InstantSource clock) {
        this(db, folder, clock, SchemaMigrator.standard());
    }

    /** @param migrator upgrades a restored backup that an older EM Drill made */
    public BackupService(Database db, BackupFolder folder, InstantSource clock, SchemaMigrator migrator) {
        this.db = Objects.requireNonNull(db, "db");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.migrator = Objects.requireNonNull(migrator, "migrator");
    }

    /**
     * Takes a backup now and deletes the oldest beyond {@link BackupFolder#KEEP} (see
     * {@link BackupFolder#rotate} for which go first). A database without attempts is not backed up: a
     * copy of nothing would only crowd out copies that hold practice.
     *
     * @param reason a short word or two for the file name, may be empty
     * @return the new backup file; empty when the history holds no attempts
     */
    public Optional<Path> backupNow(String reason) throws IOException {
        if (attemptCount() == 0) {
            LOG.log(Level.INFO, "Not backing up {0}: it holds no attempts", db.file());
            return Optional.empty();
        }
        Files.createDirectories(folder.folder());
        Path target = folder.nameFor(clock.instant(), reason);
        // VACUUM INTO writes into a name the listing ignores; only a finished, flushed copy gets the
        // backup name, so a crash never leaves a half backup that looks real.
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try {
            db.withConnection(c -> {
                try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                    ps.setString(1, partial.toAbsolutePath().toString());
                    ps.execute();
                }
                return null;
            });
            try (FileChannel ch = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            AtomicFiles.moveIntoPlace(partial, target);
        } finally {
            Files.deleteIfExists(partial);
        }
        LOG.log(Level.INFO, "Backed up {0} to {1}", db.file(), target);
        folder.rotate();
        return Optional.of(target);
    }

    private long attemptCount() {
        return db.withConnection(c -> {
            if (!DatabaseHealth.tablesOf(c).contains("attempts")) {
                return 0L;
            }
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM attempts")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /**
     * Takes a {@code daily} backup when the newest backup is at least a day old (or there is none).
     * A newest backup more than a day in the future means the clock was turned back; that counts as due
     * too, so backups do not stop until the clock catches up.
     *
     * @return whether a backup was taken (never for a history without attempts)
     */
    public boolean backupIfDue() throws IOException {
        Instant now = clock.instant();
        Optional<BackupInfo> newest = folder.newest();
        boolean due = newest.isEmpty()
                || !now.isBefore(newest.get().createdAt().plus(DAILY))
                || newest.get().createdAt().isAfter(now.plus(DAILY));
        return due && backupNow("daily").isPresent();
    }

    /** Every backup, newest first. */
    public List<BackupInfo> list() {
        return folder.list();
    }

    /**
     * Makes {@code backup} the live database. The current file (with its -wal and -shm) is kept beside
     * itself as {@code history.db.before-restore-YYYYMMDD-HHMMSS}; the backup is copied in atomically
     * and upgraded if an older EM Drill made it. A damaged backup, or one from a newer EM Drill, is
     * refused and nothing changes.
     */
    public RestoreResult restore(BackupInfo backup) throws IOException {
        if (!Files.isRegularFile(backup.file())) {
            return RestoreResult.refused("The backup " + backup.file().getFileName() + " no longer exists.");
        }
        DatabaseHealth.Report health = DatabaseHealth.checkReadOnly(backup.file());
        if (!health.healthy()) {
            return RestoreResult.refused("The backup " + backup.file().getFileName()
                    + " is damaged and was not restored (" + health.detail() + ").");
        }
        if (health.schemaVersion() > migrator.latestVersion()) {
            return RestoreResult.refused(MigrationResult.newerAppMessage(health.schemaVersion(), migrator.latestVersion()));
        }
        String label = "before-restore-" + FileStamps.format(clock.instant());
        Path[] keptAt = new Path[1];
        db.replaceFile(file -> {
            keptAt[0] = Files.exists(file) ? DatabaseFiles.moveAside(file, label) : null;
            try {
                AtomicFiles.copy(backup.file(), file);
            } catch (IOException e) {
                if (keptAt[0] != null) {
                    DatabaseFiles.moveBack(keptAt[0], file);
                }
                throw e;
            }
        });
        migrator.migrate(db);
        LOG.log(Level.INFO, "Restored {0} from {1}; previous file kept at {2}", db.file(), backup.file(), keptAt[0]);
        Optional<Path> previous = Optional.ofNullable(keptAt[0]);
        return new RestoreResult(true, previous, "Restored the backup from " + backup.createdAt() + "."
                + previous.map(p -> " The previous history was kept as " + p + ".").orElse(""));
    }
}
