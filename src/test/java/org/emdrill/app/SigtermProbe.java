package org.emdrill.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Runs the real app headless, then commits attempts from a second connection that never checkpoints,
 * so they sit in {@code history.db-wal} until the app's own connection folds the log in. Prints
 * {@code SAVED n} and waits for {@link SigtermTest} to send SIGTERM.
 */
public final class SigtermProbe {

    static final int ATTEMPTS = 5;

    private SigtermProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        RunningApp.launchHeadless(dataDir);
        // A fresh data folder is a first run: the welcome guide is over the main window once it is up.
        RunningApp.waitFor("#welcome-skip");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("history.db"));
             Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_autocheckpoint=0");
            for (int i = 0; i < ATTEMPTS; i++) {
                st.executeUpdate("INSERT INTO attempts (bank_id, question_id, prompt, mode, target_seconds, answer_text,"
                        + " started_at, finished_at, created_at) VALUES ('b', 'q" + i + "', 'p', 'typed', 60, 'kept',"
                        + " '2024-01-01T00:00:00.000Z', '2024-01-01T00:01:00.000Z', '2024-01-01T00:01:00.000Z')");
            }
        }
        System.out.println("SAVED " + ATTEMPTS);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
