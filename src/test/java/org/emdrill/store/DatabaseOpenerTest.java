package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseOpenerTest {

    @TempDir
    Path dataDir;

    private final TestClock clock = new TestClock();

    @Test
    void createsACurrentDatabaseInAnEmptyDataDir() throws Exception {
        OpenOutcome.Opened opened = openExpectingSuccess();
        try (Database db = opened.database()) {
            assertEquals(dataDir.resolve("history.db"), db.file());
            assertTrue(opened.recovery().isEmpty());
            assertEquals(Migrations.currentVersion(), SampleAttempts.scalar(db, "PRAGMA user_version"));
        }
        assertEquals(List.of(), BackupFolder.in(dataDir).list(), "nothing to back up before creating the schema");
    }

    @Test
    void reopensAnExistingDatabaseWithItsData() throws Exception {
        try (Database db = openExpectingSuccess().database()) {
            new AttemptRepository(db, clock).save(SampleAttempts.full());
        }
        OpenOutcome.Opened again = openExpectingSuccess();
        try (Database db = again.database()) {
            assertEquals(1, new AttemptRepository(db, clock).count());
            assertFalse(again.migration().migrated());
        }
    }

    @Test
    void garbageFileIsKeptAsideWithItsWalAndTheNewestBackupIsRestored() throws Exception {
        long saved = databaseWithOneAttemptAndABackup();
        byte[] garbage = new byte[8192];
        new Random(7).nextBytes(garbage);
        Files.write(dataDir.resolve("history.db"), garbage);
        Files.write(dataDir.resolve("history.db-wal"), new byte[] {1, 2, 3});
        clock.advance(Duration.ofHours(2));

        OpenOutcome.Opened opened = openExpectingSuccess();

        Recovery recovery = opened.recovery().orElseThrow();
        Path kept = dataDir.resolve("history.db.damaged-20240501-113000");
        assertEquals(kept, recovery.damagedFileKeptAt());
        assertArrayEquals(garbage, Files.readAllBytes(kept), "the damaged file is kept byte for byte");
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(dataDir.resolve("history.db.damaged-20240501-113000-wal")));
        assertTrue(recovery.restoredFrom().isPresent());
        assertTrue(recovery.message().contains(kept.toString()), recovery.message());
        try (Database db = opened.database()) {
            assertTrue(new AttemptRepository(db, clock).find(saved).isPresent());
        }
    }

    @Test
    void truncatedDatabaseIsKeptAsideAndTheBackupRestored() throws Exception {
        long saved = databaseWithOneAttemptAndABackup();
        try (Database db = Database.open(dataDir.resolve("history.db"))) {
            // Enough rows for many pages, so cutting the file in half loses real content.
            SampleAttempts.execute(db, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) "
                    + "INSERT INTO attempts (bank_id, question_id, prompt, mode, target_seconds, answer_text,"
                    + " started_at, finished_at, created_at) SELECT 'b', 'q' || i, 'p', 'typed', 60,"
                    + " hex(randomblob(300)), '2024-01-01T00:00:00.000Z', '2024-01-01T00:01:00.000Z',"
                    + " '2024-01-01T00:01:00.000Z' FROM n");
        }
        Path file = dataDir.resolve("history.db");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        OpenOutcome.Opened opened = openExpectingSuccess();

        Recovery recovery = opened.recovery().orElseThrow();
        assertEquals(whole.length / 2, Files.size(recovery.damagedFileKeptAt()));
        try (Database db = opened.database()) {
            AttemptRepository repo = new AttemptRepository(db, clock);
            assertEquals(1, repo.count(), "the backup predates the 400 rows");
            assertTrue(repo.find(saved).isPresent());
        }
    }

    @Test
    void zeroByteFileBesideABackupWithAttemptsIsDamageNotANewStart() throws Exception {
        long saved = databaseWithOneAttemptAndABackup();
        Path file = dataDir.resolve("history.db");
        Files.write(file, new byte[0]);
        Files.deleteIfExists(dataDir.resolve("history.db-wal"));

        OpenOutcome.Opened opened = openExpectingSuccess();

        Recovery recovery = opened.recovery().orElseThrow();
        assertEquals(Recovery.Reason.EMPTIED, recovery.reason());
        assertEquals(dataDir.resolve("history.db.empty-20240501-093000"), recovery.damagedFileKeptAt());
        assertEquals(0, Files.size(recovery.damagedFileKeptAt()));
        assertTrue(recovery.restoredFrom().isPresent());
        assertTrue(recovery.message().contains("0 bytes"), recovery.message());
        try (Database db = opened.database()) {
            assertTrue(new AttemptRepository(db, clock).find(saved).isPresent(), "the practice is back");
        }
    }

    @Test
    void zeroByteFileWithoutAnyBackupIsANewHistoryAndTheUserIsTold() throws Exception {
        Files.write(dataDir.resolve("history.db"), new byte[0]);

        OpenOutcome.Opened opened = openExpectingSuccess();

        Recovery told = opened.recovery().orElseThrow();
        assertEquals(Recovery.Reason.EMPTIED, told.reason());
        assertTrue(told.restoredFrom().isEmpty());
        assertTrue(told.message().contains("No usable backup was found"), told.message());
        assertTrue(Files.exists(told.damagedFileKeptAt()), "the empty file is kept aside too");
        try (Database db = opened.database()) {
            assertEquals(Migrations.currentVersion(), SampleAttempts.scalar(db, "PRAGMA user_version"));
        }
    }

    @Test
    void fileTruncatedToItsFirstPageIsRestoredFromTheBackup() throws Exception {
        long saved = databaseWithOneAttemptAndABackup();
        Path file = dataDir.resolve("history.db");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, 4096));

        OpenOutcome.Opened opened = openExpectingSuccess();

        assertEquals(Recovery.Reason.DAMAGED, opened.recovery().orElseThrow().reason());
        try (Database db = opened.database()) {
            assertTrue(new AttemptRepository(db, clock).find(saved).isPresent());
        }
    }

    @Test
    void foreignDatabaseIsKeptUntouchedAndANewHistoryStartsBesideIt() throws Exception {
        Path file = dataDir.resolve("history.db");
        foreignDatabase(file, 0, "CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)",
                "INSERT INTO recipes (name) VALUES ('soup')");
        byte[] before = Files.readAllBytes(file);

        OpenOutcome.Opened opened = openExpectingSuccess();

        Recovery recovery = opened.recovery().orElseThrow();
        assertEquals(Recovery.Reason.NOT_OURS, recovery.reason());
        assertEquals(dataDir.resolve("history.db.not-em-drill-20240501-093000"), recovery.damagedFileKeptAt());
        assertArrayEquals(before, Files.readAllBytes(recovery.damagedFileKeptAt()), "not a byte changed");
        assertTrue(recovery.message().contains("not made by EM Drill"), recovery.message());
        try (Database db = opened.database()) {
            assertEquals(Migrations.currentVersion(), SampleAttempts.scalar(db, "PRAGMA user_version"));
            assertEquals(0, new AttemptRepository(db, clock).count());
        }
    }

    @Test
    void foreignDatabaseWithATableNamedLikeOursDoesNotCrashTheStart() throws Exception {
        Path file = dataDir.resolve("history.db");
        foreignDatabase(file, 0, "CREATE TABLE attempts (who TEXT, score INTEGER)",
                "INSERT INTO attempts VALUES ('ann', 3)");
        byte[] before = Files.readAllBytes(file);

        OpenOutcome.Opened opened = openExpectingSuccess();

        Recovery recovery = opened.recovery().orElseThrow();
        assertEquals(Recovery.Reason.NOT_OURS, recovery.reason());
        assertArrayEquals(before, Files.readAllBytes(recovery.damagedFileKeptAt()));
        try (Database db = opened.database()) {
            assertEquals(0, new AttemptRepository(db, clock).count());
        }
    }

    @Test
    void foreignDatabaseWithItsOwnUserVersionIsNotMistakenForANewerEmDrill() throws Exception {
        Path file = dataDir.resolve("history.db");
        foreignDatabase(file, 42, "CREATE TABLE photos (path TEXT)");

        OpenOutcome.Opened opened = openExpectingSuccess();

        assertEquals(Recovery.Reason.NOT_OURS, opened.recovery().orElseThrow().reason());
        opened.database().close();
    }

    @Test
    void foreignDatabaseAtAVersionWeKnowIsNotMigrated() throws Exception {
        long saved = databaseWithOneAttemptAndABackup();
        Path file = dataDir.resolve("history.db");
        Files.delete(file);
        foreignDatabase(file, 1, "CREATE TABLE photos (path TEXT)");

        OpenOutcome.Opened opened = openExpectingSuccess();

        Recovery recovery = opened.recovery().orElseThrow();
        assertEquals(Recovery.Reason.NOT_OURS, recovery.reason());
        assertTrue(recovery.restoredFrom().isPresent(), "our own backup comes back in its place");
        try (Database db = opened.database()) {
            assertTrue(new AttemptRepository(db, clock).find(saved).isPresent());
        }
        try (Database kept = Database.open(recovery.damagedFileKeptAt())) {
            assertEquals(1, SampleAttempts.scalar(kept, "PRAGMA user_version"));
            assertEquals(0, SampleAttempts.scalar(kept, "SELECT count(*) FROM sqlite_master WHERE name = 'drill_sessions'"));
        }
    }

    @Test
    void ourDatabaseWithATableTheUserAddedIsStillOurs() throws Exception {
        long saved = databaseWithOneAttemptAndABackup();
        try (Database db = Database.open(dataDir.resolve("history.db"))) {
            SampleAttempts.execute(db, "CREATE TABLE my_notes (text TEXT)");
        }

        OpenOutcome.Opened opened = openExpectingSuccess();

        assertTrue(opened.recovery().isEmpty());
        try (Database db = opened.database()) {
            assertTrue(new AttemptRepository(db, clock).find(saved).isPresent());
        }
    }

    /** Another program's SQLite file, written with a plain connection (rollback journal, no EM Drill code). */
    private static void foreignDatabase(Path file, int userVersion, String... sql) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
            st.execute("PRAGMA user_version = " + userVersion);
        }
    }

    @Test
    void skipsADamagedNewestBackupAndUsesTheOneBefore() throws Exception {
        databaseWithOneAttemptAndABackup();
        clock.advance(Duration.ofDays(1));
        Path newest = dataDir.resolve("backups/history-20240502-093000.db");
        Files.writeString(newest, "also damaged ".repeat(100));
        Files.writeString(dataDir.resolve("history.db"), "damaged ".repeat(100));

        OpenOutcome.Opened opened = openExpectingSuccess();

        BackupInfo used = opened.recovery().orElseThrow().restoredFrom().orElseThrow();
        assertEquals(dataDir.resolve("backups/history-20240501-093000.db"), used.file());
        opened.database().close();
    }

    @Test
    void startsFreshWhenNoBackupIsUsable() throws Exception {
        Files.writeString(dataDir.resolve("history.db"), "this is not SQLite ".repeat(50));

        OpenOutcome.Opened opened = openExpectingSuccess();

        Recovery recovery = opened.recovery().orElseThrow();
        assertTrue(recovery.restoredFrom().isEmpty());
        assertTrue(Files.exists(recovery.damagedFileKeptAt()));
        assertTrue(recovery.message().contains("new, empty history"), recovery.message());
        try (Database db = opened.database()) {
            assertEquals(0, new AttemptRepository(db, clock).count());
        }
    }

    @Test
    void leavesADatabaseFromANewerAppUntouched() throws Exception {
        Path file = dataDir.resolve("history.db");
        try (Database db = Database.open(file)) {
            SchemaMigrator.standard().migrate(db);
            SampleAttempts.execute(db, "PRAGMA user_version = " + (Migrations.currentVersion() + 1));
        }
        byte[] before = Files.readAllBytes(file);

        OpenOutcome outcome = new DatabaseOpener(dataDir, clock).open();

        OpenOutcome.MadeByNewerApp newer = assertInstanceOf(OpenOutcome.MadeByNewerApp.class, outcome);
        assertEquals(Migrations.currentVersion() + 1, newer.fileVersion());
        assertTrue(newer.message().contains("made by a newer EM Drill"), newer.message());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(), BackupFolder.in(dataDir).list());
    }

    @Test
    void backsUpAnExistingDatabaseBeforeUpgradingIt() throws Exception {
        long saved;
        try (Database db = openExpectingSuccess().database()) {
            saved = new AttemptRepository(db, clock).save(SampleAttempts.full());
        }
        int now = Migrations.currentVersion();
        List<Migration> withNext = new java.util.ArrayList<>(Migrations.all());
        withNext.add(Migration.ofSql(now + 1, "extra", "CREATE TABLE extra (id INTEGER PRIMARY KEY)"));
        SchemaMigrator upgraded = new SchemaMigrator(withNext);

        OpenOutcome outcome = new DatabaseOpener(dataDir, clock, upgraded).open();

        OpenOutcome.Opened opened = assertInstanceOf(OpenOutcome.Opened.class, outcome);
        opened.database().close();
        assertTrue(opened.migration().migrated());
        BackupInfo backup = BackupFolder.in(dataDir).list().get(0);
        assertEquals("before-upgrade-to-v" + (now + 1), backup.reason());
        try (Database copy = Database.open(backup.file())) {
            assertEquals(now, SampleAttempts.scalar(copy, "PRAGMA user_version"), "the backup has the old schema");
            assertTrue(new AttemptRepository(copy, clock).find(saved).isPresent());
        }
    }

    private long databaseWithOneAttemptAndABackup() throws Exception {
        try (Database db = openExpectingSuccess().database()) {
            long id = new AttemptRepository(db, clock).save(SampleAttempts.full());
            new BackupService(db, BackupFolder.in(dataDir), clock).backupNow("").orElseThrow();
            return id;
        }
    }

    private OpenOutcome.Opened openExpectingSuccess() throws Exception {
        return assertInstanceOf(OpenOutcome.Opened.class, new DatabaseOpener(dataDir, clock).open());
    }
}
