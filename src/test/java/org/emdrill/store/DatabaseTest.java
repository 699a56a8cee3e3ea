package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void everyConnectionRunsWithWalForeignKeysBusyTimeoutAndNormalSync() {
        try (Database db = Database.open(dir.resolve("history.db"))) {
            assertEquals("wal", SampleAttempts.text(db, "PRAGMA journal_mode"));
            assertEquals(1, SampleAttempts.scalar(db, "PRAGMA foreign_keys"));
            assertEquals(5000, SampleAttempts.scalar(db, "PRAGMA busy_timeout"));
            assertEquals(1, SampleAttempts.scalar(db, "PRAGMA synchronous"), "1 is NORMAL");
        }
    }

    @Test
    void aCommittedSaveIsInTheMainFileNotOnlyInTheLog() throws Exception {
        Path file = dir.resolve("history.db");
        try (Database db = Database.open(file)) {
            SchemaMigrator.standard().migrate(db);
            long id = new AttemptRepository(db, new TestClock()).save(SampleAttempts.full());
            // Copy the main file alone while the database is still open, as a sync tool might.
            Path copy = dir.resolve("copy/history.db");
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy);
            try (Database alone = Database.open(copy)) {
                assertTrue(new AttemptRepository(alone, new TestClock()).find(id).isPresent());
            }
        }
        assertFalse(Files.exists(dir.resolve("history.db-wal"))
                && Files.size(dir.resolve("history.db-wal")) > 0, "closing empties the log");
    }

    @Test
    void foreignKeysAreEnforced() {
        try (Database db = Database.open(dir.resolve("history.db"))) {
            SchemaMigrator.standard().migrate(db);
            StoreException e = assertThrows(StoreException.class, () -> SampleAttempts.execute(db,
                    "INSERT INTO attempt_scores (attempt_id, dimension, score) VALUES (999, 'coaching', 3)"));
            assertTrue(e.getMessage().contains("FOREIGN KEY"), e.getMessage());
        }
    }

    @Test
    void createsTheFileAndItsMissingFolder() {
        Path file = dir.resolve("a/b/history.db");
        try (Database db = Database.open(file)) {
            assertTrue(Files.isRegularFile(file));
            assertEquals(file, db.file());
        }
    }

    @Test
    void transactionIsRolledBackWhenTheWorkThrows() {
        try (Database db = Database.open(dir.resolve("history.db"))) {
            SampleAttempts.execute(db, "CREATE TABLE t (x INTEGER)");
            assertThrows(IllegalStateException.class, () -> db.inTransaction(c -> {
                c.createStatement().executeUpdate("INSERT INTO t VALUES (1)");
                throw new IllegalStateException("stop");
            }));
            assertEquals(0, SampleAttempts.scalar(db, "SELECT COUNT(*) FROM t"));
            // The connection is usable again, in auto-commit mode.
            SampleAttempts.execute(db, "INSERT INTO t VALUES (2)");
            assertEquals(1, SampleAttempts.scalar(db, "SELECT COUNT(*) FROM t"));
        }
    }

    @Test
    void closedDatabaseRefusesWork() {
        Database db = Database.open(dir.resolve("history.db"));
        db.close();
        assertFalse(db.isOpen());
        assertThrows(IllegalStateException.class, () -> SampleAttempts.scalar(db, "SELECT 1"));
    }
}
