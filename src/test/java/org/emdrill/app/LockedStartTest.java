package org.emdrill.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.InstantSource;
import java.util.Map;
import org.emdrill.store.DatabaseOpener;
import org.emdrill.store.OpenOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another program holds history.db under BEGIN EXCLUSIVE (rollback journal, so even reading is shut out)
 * while the app starts in its own process: the user sees a waiting window, then the app, or a plain
 * message and Try again; the history is never touched.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LockedStartTest {

    private static final int ATTEMPTS = 3;

    @TempDir
    Path dataDir;

    @BeforeEach
    void historyWithAttemptsInRollbackJournalMode() throws Exception {
        var opened = (OpenOutcome.Opened) new DatabaseOpener(dataDir, InstantSource.system()).open();
        opened.database().close();
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=DELETE");
            for (int i = 0; i < ATTEMPTS; i++) {
                st.executeUpdate("INSERT INTO attempts (bank_id, question_id, prompt, mode, target_seconds,"
                        + " started_at, finished_at, created_at) VALUES ('b', 'q" + i + "', 'p', 'typed', 60,"
                        + " '2024-01-01T00:00:00.000Z', '2024-01-01T00:01:00.000Z', '2024-01-01T00:01:00.000Z')");
            }
        }
    }

    @Test
    void waitsVisiblyAndOpensOnceTheOtherProgramLetsGo() throws Exception {
        try (Connection other = connect(); Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            try (ChildApp app = ChildApp.start(StartupProbe.class, Map.of(), dataDir.toString())) {
                String shown = app.await("MESSAGE ", 120);
                assertTrue(shown.startsWith("Waiting for the history file"), shown);
                st.execute("ROLLBACK");
                app.await("MAIN", 60);
            }
        }
        assertEquals(ATTEMPTS, attemptCount());
    }

    @Test
    void aLockThatStaysIsExplainedWithTryAgainAndQuitEndsNonZero() throws Exception {
        try (Connection other = connect(); Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            try (ChildApp app = ChildApp.start(StartupProbe.class, Map.of(), dataDir.toString(), "quit")) {
                String shown = app.await("TRY-AGAIN MESSAGE ", 120);
                assertTrue(shown.contains("Another program is using the history file " + dataDir.resolve("history.db")),
                        shown);
                assertTrue(shown.contains("Try again"), shown);
                assertFalse(shown.contains("SQLITE"), shown);
                assertEquals("1", app.await("EXIT ", 30));
                assertEquals(1, app.waitForExit(30));
                assertFalse(app.output().contains("\tat "), "no stack trace on the terminal:\n" + app.output());
            }
            st.execute("ROLLBACK");
        }
        assertEquals(ATTEMPTS, attemptCount());
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("history.db"));
    }

    private int attemptCount() throws Exception {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM attempts")) {
            return rs.getInt(1);
        }
    }
}
