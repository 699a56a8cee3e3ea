package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {

    @TempDir
    Path dataDir;

    private final TestClock clock = new TestClock(Instant.parse("2024-05-01T09:30:15Z"));
    private Database db;
    private AttemptRepository repo;
    private BackupService backups;

    @BeforeEach
    void open() {
        db = Database.open(dataDir.resolve("history.db"));
        SchemaMigrator.standard().migrate(db);
        repo = new AttemptRepository(db, clock);
        backups = new BackupService(db, BackupFolder.in(dataDir), clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void backupIsAReadableCopyNamedByUtcTimeAndReason() throws Exception {
        repo.save(SampleAttempts.full());

        Path file = backups.backupNow("Before Import!").orElseThrow();

        assertEquals(dataDir.resolve("backups/history-20240501-093015-before-import.db"), file);
        try (Database copy = Database.open(file)) {
            assertEquals(1, new AttemptRepository(copy, clock).count());
        }
        BackupInfo info = backups.list().get(0);
        assertEquals(Instant.parse("2024-05-01T09:30:15Z"), info.createdAt());
        assertEquals("before-import", info.reason());
        assertTrue(info.sizeBytes() > 0);
    }

    @Test
    void twoBackupsInTheSameSecondGetDistinctNames() throws Exception {
        repo.save(SampleAttempts.full());
        Path first = backups.backupNow("").orElseThrow();
        Path second = backups.backupNow("").orElseThrow();

        assertEquals("history-20240501-093015.db", first.getFileName().toString());
        assertFalse(first.equals(second));
        assertEquals(2, backups.list().size());
    }

    @Test
    void keepsOnlyTheNewestSeven() throws Exception {
        repo.save(SampleAttempts.full());
        for (int i = 0; i < 10; i++) {
            backups.backupNow("n" + i);
            clock.advance(Duration.ofHours(1));
        }

        List<String> reasons = backups.list().stream().map(BackupInfo::reason).collect(Collectors.toList());
        assertEquals(List.of("n9", "n8", "n7", "n6", "n5", "n4", "n3"), reasons);
        try (Stream<Path> files = Files.list(dataDir.resolve("backups"))) {
            assertEquals(7, files.count(), "no partial or old files left behind");
        }
    }

    @Test
    void takesAtMostOneDailyBackupPerDay() throws Exception {
        repo.save(SampleAttempts.full());
        assertTrue(backups.backupIfDue(), "no backup yet");
        clock.advance(Duration.ofHours(23).plusMinutes(59));
        assertFalse(backups.backupIfDue());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(backups.backupIfDue(), "a day later");
        assertFalse(backups.backupIfDue());

        assertEquals(2, backups.list().size());
        assertEquals("daily", backups.list().get(0).reason());
    }

    @Test
    void aClockTurnedBackFarDoesNotStopDailyBackups() throws Exception {
        repo.save(SampleAttempts.full());
        backups.backupNow("daily");
        clock.advance(Duration.ofDays(-3));

        assertTrue(backups.backupIfDue());
    }

    @Test
    void aHistoryWithoutAttemptsIsNotBackedUp() throws Exception {
        assertTrue(backups.backupNow("manual").isEmpty());
        assertFalse(backups.backupIfDue(), "the first start has nothing to keep");
        assertEquals(List.of(), backups.list());
    }

    @Test
    void startsOnAnEmptiedHistoryNeverDeleteTheOnlyBackupWithAttempts() throws Exception {
        long id = repo.save(SampleAttempts.full());
        assertTrue(backups.backupIfDue());
        Path good = backups.list().get(0).file();
        SampleAttempts.execute(db, "DELETE FROM attempts");
        for (int day = 0; day < 10; day++) {
            clock.advance(Duration.ofDays(1));
            backups.backupIfDue();
        }
        assertEquals(List.of(good), backups.list().stream().map(BackupInfo::file).toList());
        try (Database copy = Database.open(good)) {
            assertTrue(new AttemptRepository(copy, clock).find(id).isPresent());
        }
    }

    @Test
    void rotationKeepsTheNewestBackupWithAttemptsEvenWhenOldAndDropsEmptyOnesFirst() throws Exception {
        // Backups an older EM Drill made of an empty history, newer than the one with practice.
        repo.save(SampleAttempts.full());
        Path withData = backups.backupNow("data").orElseThrow();
        Path blank = dataDir.resolve("blank.db");
        try (Database empty = Database.open(blank)) {
            SchemaMigrator.standard().migrate(empty);
        }
        for (int i = 0; i < 8; i++) {
            clock.advance(Duration.ofHours(1));
            Files.copy(blank, BackupFolder.in(dataDir).nameFor(clock.instant(), "empty" + i));
        }
        clock.advance(Duration.ofHours(1));
        Path newest = backups.backupNow("newest").orElseThrow();

        List<Path> left = backups.list().stream().map(BackupInfo::file).toList();
        assertEquals(7, left.size());
        assertTrue(left.contains(newest));
        assertTrue(left.contains(withData), "the older backup with attempts stays while empty ones go first");
        assertEquals(List.of("newest", "empty7", "empty6", "empty5", "empty4", "empty3", "data"),
                backups.list().stream().map(BackupInfo::reason).toList());
    }

    @Test
    void rotationNeverDeletesTheNewestBackupWithAttempts() throws Exception {
        repo.save(SampleAttempts.full());
        Path withData = backups.backupNow("data").orElseThrow();
        Path blank = dataDir.resolve("blank.db");
        try (Database empty = Database.open(blank)) {
            SchemaMigrator.standard().migrate(empty);
        }
        for (int i = 0; i < 7; i++) {
            clock.advance(Duration.ofHours(1));
            Files.copy(blank, BackupFolder.in(dataDir).nameFor(clock.instant(), "empty" + i));
        }
        BackupFolder.in(dataDir).rotate();

        assertTrue(backups.list().stream().anyMatch(b -> b.file().equals(withData)));
        assertEquals(7, backups.list().size());
    }

    @Test
    void ignoresFilesThatAreNotBackups() throws Exception {
        Files.createDirectories(dataDir.resolve("backups"));
        Files.writeString(dataDir.resolve("backups/notes.txt"), "mine");
        Files.writeString(dataDir.resolve("backups/history-2024.db"), "odd");

        assertEquals(List.of(), backups.list());
    }

    @Test
    void restoreBringsBackTheBackupAndKeepsTheReplacedFileAside() throws Exception {
        long kept = repo.save(SampleAttempts.full());
        backups.backupNow("");
        long later = repo.save(SampleAttempts.full());
        clock.advance(Duration.ofMinutes(5));

        RestoreResult result = backups.restore(backups.list().get(0));

        assertTrue(result.restored(), result.message());
        assertTrue(repo.find(kept).isPresent(), "the same Database object works after restoring");
        assertTrue(repo.find(later).isEmpty());
        Path aside = result.previousKeptAt().orElseThrow();
        assertEquals(dataDir.resolve("history.db.before-restore-20240501-093515"), aside);
        try (Database previous = Database.open(aside)) {
            assertEquals(2, new AttemptRepository(previous, clock).count());
        }
        assertEquals("wal", SampleAttempts.text(db, "PRAGMA journal_mode"));
    }

    @Test
    void restoreRefusesADamagedBackupAndChangesNothing() throws Exception {
        repo.save(SampleAttempts.full());
        Path backup = backups.backupNow("").orElseThrow();
        Files.write(backup, "not a database at all, just some text".repeat(200).getBytes());

        RestoreResult result = backups.restore(backups.list().get(0));

        assertFalse(result.restored());
        assertTrue(result.message().contains("damaged"), result.message());
        assertEquals(1, repo.count());
        try (Stream<Path> files = Files.list(dataDir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("before-restore")));
        }
    }
}
