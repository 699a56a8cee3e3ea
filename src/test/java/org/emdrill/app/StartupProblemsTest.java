package org.emdrill.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.store.DatabaseOpener;
import org.emdrill.store.OpenOutcome;
import org.emdrill.ui.common.Notice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up against real files that cannot be written, or are not ours: words, never exceptions. */
class StartupProblemsTest {

    @TempDir
    Path dataDir;

    private final FakeClock clock = new FakeClock(Instant.parse("2026-05-04T09:00:00Z"));

    private Startup.Result start() {
        return Startup.open(new AppPaths(dataDir), clock, new FakeTicker());
    }

    @Test
    void aReadOnlyHistoryOpensWithALastingBannerSayingAnswersCannotBeSaved() throws Exception {
        var opened = (OpenOutcome.Opened) new DatabaseOpener(dataDir, clock).open();
        opened.database().withConnection(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("INSERT INTO attempts (bank_id, question_id, prompt, mode, target_seconds,"
                        + " started_at, finished_at, created_at) VALUES ('b', 'q', 'p', 'typed', 60,"
                        + " '2024-01-01T00:00:00.000Z', '2024-01-01T00:01:00.000Z', '2024-01-01T00:01:00.000Z')");
            }
        });
        opened.database().close();
        Path history = dataDir.resolve("history.db");
        try (ReadOnly ignored = ReadOnly.make(history)) {
            Startup.Result result = start();

            assertTrue(result.context().isPresent(), () -> String.valueOf(result.failure()));
            try (AppContext context = result.context().get()) {
                Notice first = context.startupNotices().get(0);
                assertEquals(Notice.Kind.ERROR, first.kind());
                assertTrue(first.text().startsWith("Your answers cannot be saved: " + history + " is not writable"),
                        first.text());
                assertEquals(1, context.attempts().count(), "the history can still be read");
            }
        }
    }

    @Test
    void aDataFolderThatExistsButCannotBeWrittenIsCalledNotWritable() throws Exception {
        Files.createDirectories(dataDir.resolve("banks"));
        try (ReadOnly ignored = ReadOnly.make(dataDir)) {
            Startup.Result result = start();

            assertTrue(result.context().isEmpty());
            assertEquals(StartupFailure.Kind.CANNOT_START, result.failure().kind());
            String message = result.failure().message();
            assertTrue(message.contains(dataDir + ": the folder is not writable"), message);
            assertFalse(message.contains("cannot create"), message);
        }
    }

    @Test
    void aHistoryFromANewerEmDrillIsAMessageAndStaysUntouched() throws Exception {
        Path history = dataDir.resolve("history.db");
        Files.createDirectories(dataDir);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + history); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE attempts (id INTEGER PRIMARY KEY)");
            st.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(history);

        Startup.Result result = start();

        assertTrue(result.context().isEmpty());
        assertTrue(result.failure().message().contains("newer"), result.failure().message());
        assertTrue(result.failure().message().contains("--data-dir"), result.failure().message());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(history)));
        assertTrue(start().failure() != null, "the folder lock was let go: a second try gets as far again");
    }

    @Test
    void anotherProgramsDatabaseIsKeptAndTheUserIsTold() throws Exception {
        Path history = dataDir.resolve("history.db");
        Files.createDirectories(dataDir);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + history); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE attempts (who TEXT)");
        }

        Startup.Result result = start();

        try (AppContext context = result.context().orElseThrow()) {
            assertTrue(context.startupNotices().stream().anyMatch(n -> n.text().contains("not made by EM Drill")),
                    context.startupNotices().toString());
            assertEquals(0, context.attempts().count());
        }
        assertTrue(Files.exists(dataDir.resolve("history.db.not-em-drill-20260504-090000")));
    }
}
