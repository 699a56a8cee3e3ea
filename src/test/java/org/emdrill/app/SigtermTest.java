package org.emdrill.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Logout or {@code kill}: the app in its own process gets SIGTERM; nothing committed lives only in the log. */
class SigtermTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path elsewhere;

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void sigtermFoldsTheLogIntoTheHistoryFile() throws Exception {
        try (ChildApp app = ChildApp.start(SigtermProbe.class, Map.of(), dataDir.toString())) {
            assertEquals(String.valueOf(SigtermProbe.ATTEMPTS), app.await("SAVED ", 120));
            assertTrue(Files.size(dataDir.resolve("history.db-wal")) > 0, "the attempts are in the log so far");

            app.process().destroy(); // SIGTERM, as logout or kill sends
            app.waitForExit(30);
        }

        Path wal = dataDir.resolve("history.db-wal");
        assertFalse(Files.exists(wal) && Files.size(wal) > 0, "the log was folded in and emptied");
        // The main file alone, copied away from any log, holds every attempt.
        Path copy = elsewhere.resolve("history.db");
        Files.copy(dataDir.resolve("history.db"), copy);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + copy);
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM attempts WHERE answer_text = 'kept'")) {
            assertEquals(SigtermProbe.ATTEMPTS, rs.getInt(1));
        }
    }
}
