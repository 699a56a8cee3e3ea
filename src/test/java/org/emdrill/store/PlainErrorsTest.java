package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save that fails against a real, locked SQLite file is told in plain words, without SQLite's text. */
class PlainErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aSaveIntoAFileAnotherProgramHoldsExclusivelySaysLockedAndKept() throws Exception {
        Path file = dir.resolve("history.db");
        try (Database db = Database.open(file)) {
            SchemaMigrator.standard().migrate(db);
            // Another program takes the write lock and keeps it past our five-second wait.
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement st = other.createStatement()) {
                st.execute("BEGIN EXCLUSIVE");
                StoreException e = assertThrows(StoreException.class,
                        () -> new AttemptRepository(db, new TestClock()).save(SampleAttempts.full()));
                assertTrue(e.getMessage().contains("SQLITE_BUSY"), "the technical text stays in the exception");
                assertEquals(PlainErrors.Cause.LOCKED, PlainErrors.causeOf(e));
                String message = PlainErrors.forSave(e);
                assertEquals("The history file is locked by another program; your answer is kept — try Save again.",
                        message);
                assertFalse(message.contains("SQLITE"), message);
                st.execute("ROLLBACK");
            }
            AttemptRepository repo = new AttemptRepository(db, new TestClock());
            assertTrue(repo.find(repo.save(SampleAttempts.full())).isPresent(), "once the other program lets go, Save works");
        }
    }

    @Test
    void otherCausesHaveTheirOwnWords() {
        assertTrue(PlainErrors.forSave(new StoreException("x", new java.nio.file.AccessDeniedException("/h")))
                .contains("read-only"));
        assertTrue(PlainErrors.forSave(new StoreException("x", new java.io.IOException("boom")))
                .contains("disk reported an error"));
        assertTrue(PlainErrors.forSave(new IllegalStateException("bug")).contains("Details are in the log"));
    }
}
