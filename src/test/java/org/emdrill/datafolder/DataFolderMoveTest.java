package org.emdrill.datafolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderMoveTest {

    @TempDir
    Path root;

    private Path from;

    @BeforeEach
    void dataFolder() throws Exception {
        from = root.resolve("em-drill");
        Files.createDirectories(from.resolve("banks"));
        Files.createDirectories(from.resolve("recordings/2026"));
        Files.createDirectories(from.resolve("backups"));
        Files.writeString(from.resolve("settings.json"), "{\"theme\": \"dark\"}");
        Files.writeString(from.resolve("banks/mine.json"), "{\"schemaVersion\": 1}");
        Files.write(from.resolve("recordings/2026/a.wav"), new byte[48_000]);
        Files.writeString(from.resolve(".lock"), "");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + from.resolve("history.db"));
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE attempts (id INTEGER PRIMARY KEY, prompt TEXT)");
            st.execute("INSERT INTO attempts (prompt) VALUES ('one'), ('two'), ('three')");
        }
    }

    @Test
    void copiesEveryDataFileChecksItAndLeavesTheOriginalAlone() throws Exception {
        Path to = root.resolve("synced/em-drill");
        AtomicBoolean quiet = new AtomicBoolean();
        MoveOutcome outcome = new DataFolderMove(from).copyTo(to, copy -> {
            quiet.set(true);
            copy.copy();
        });

        MoveOutcome.Copied copied = assertInstanceOf(MoveOutcome.Copied.class, outcome);
        assertTrue(quiet.get(), "the copy ran while the database was held quiet");
        assertEquals(4, copied.files(), "settings, bank, recording, history; the lock file is not data");
        assertEquals(Files.size(from.resolve("recordings/2026/a.wav")), Files.size(to.resolve("recordings/2026/a.wav")));
        assertFalse(Files.exists(to.resolve(".lock")));
        assertEquals("{\"theme\": \"dark\"}", Files.readString(to.resolve("settings.json")));
        assertTrue(Files.exists(from.resolve("history.db")), "the original stays");
        assertEquals(to, DataFolderPointer.pendingTarget(from).orElseThrow());
        assertEquals(from.resolveSibling("em-drill.moved-to"), DataFolderPointer.file(from));
    }

    @Test
    void refusesAFolderThatIsNotEmptyOrIsInsideTheDataFolder() throws Exception {
        Path busy = root.resolve("busy");
        Files.createDirectories(busy);
        Files.writeString(busy.resolve("keep.txt"), "mine");
        MoveOutcome.Refused notEmpty = assertInstanceOf(MoveOutcome.Refused.class,
                new DataFolderMove(from).copyTo(busy, DataFolderMove.Quiet.none()));
        assertTrue(notEmpty.message().contains("not empty"), notEmpty.message());
        assertEquals("mine", Files.readString(busy.resolve("keep.txt")));

        MoveOutcome.Refused inside = assertInstanceOf(MoveOutcome.Refused.class,
                new DataFolderMove(from).copyTo(from.resolve("banks/new"), DataFolderMove.Quiet.none()));
        assertTrue(inside.message().contains("inside"), inside.message());
        assertTrue(DataFolderPointer.pendingTarget(from).isEmpty(), "nothing to switch to");
    }

    @Test
    void theNextStartCopiesWhatChangedSinceThenSwitchesAndLeavesANote() throws Exception {
        Path to = root.resolve("new-place");
        new DataFolderMove(from).copyTo(to, DataFolderMove.Quiet.none());
        // The app kept running on the old folder after the copy.
        Files.writeString(from.resolve("settings.json"), "{\"theme\": \"light\", \"prepSeconds\": 45}");
        Files.writeString(from.resolve("banks/second.json"), "{}");
        Files.delete(from.resolve("banks/mine.json"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + from.resolve("history.db"));
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO attempts (prompt) VALUES ('four')");
        }

        assertEquals(to, DataFolderPointer.follow(from));

        assertEquals("{\"theme\": \"light\", \"prepSeconds\": 45}", Files.readString(to.resolve("settings.json")));
        assertTrue(Files.exists(to.resolve("banks/second.json")));
        assertFalse(Files.exists(to.resolve("banks/mine.json")), "a file removed before the switch stays removed");
        assertTrue(HistoryCheck.compare(from.resolve("history.db"), to.resolve("history.db")).isEmpty());
        assertTrue(Files.readString(from.resolve(DataFolderPointer.NOTE)).contains(to.toString()));
        assertTrue(Files.exists(from.resolve("history.db")), "the old folder is kept until the user removes it");
        assertTrue(DataFolderPointer.pendingTarget(from).isEmpty(), "switched");

        // Later starts go straight to the new folder, even once the old one is gone.
        deleteTree(from);
        assertEquals(to, DataFolderPointer.follow(from));
    }

    @Test
    void aCopyThatDoesNotMatchIsReportedAndNothingSwitches() throws Exception {
        Path to = root.resolve("copy");
        DataFolderMove.mirror(from, to);
        assertTrue(DataFolderMove.check(from, to).isEmpty());
        Files.write(to.resolve("recordings/2026/a.wav"), new byte[10]);
        assertTrue(DataFolderMove.check(from, to).orElseThrow().contains("recordings/2026/a.wav has 10 bytes"));
        Files.delete(to.resolve("settings.json"));
        assertTrue(DataFolderMove.check(from, to).orElseThrow().contains("files arrived instead of"));
        assertEquals(from, DataFolderPointer.follow(from), "no pointer, no switch");
    }

    @Test
    void aDamagedHistoryCopyIsCaught() throws Exception {
        Path to = root.resolve("copy");
        DataFolderMove.mirror(from, to);
        byte[] garbage = new byte[(int) Files.size(to.resolve("history.db"))];
        java.util.Arrays.fill(garbage, (byte) 7);
        Files.write(to.resolve("history.db"), garbage);
        assertTrue(HistoryCheck.compare(from.resolve("history.db"), to.resolve("history.db")).isPresent());
    }

    @Test
    void aSwitchedFolderThatWasRemovedFallsBackToTheOldOne() throws Exception {
        Path to = root.resolve("gone");
        new DataFolderMove(from).copyTo(to, DataFolderMove.Quiet.none());
        assertEquals(to, DataFolderPointer.follow(from));
        deleteTree(to);
        assertEquals(from, DataFolderPointer.follow(from));
    }

    private static void deleteTree(Path dir) throws Exception {
        try (var all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
