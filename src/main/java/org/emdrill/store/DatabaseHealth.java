package org.emdrill.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * Tells whether a file is a readable SQLite database, using {@code PRAGMA quick_check} (checks every
 * page and index shape, much faster than {@code integrity_check}).
 */
final class DatabaseHealth {

    /**
     * The outcome of a check; {@code detail} says what was wrong, for logs and the user.
     *
     * @param zeroBytes the file exists but holds nothing (a failed sync, a full disk): not a new database
     * @param tables    the file's own tables (not SQLite's internal ones)
     * @param attempts  how many rows its {@code attempts} table holds; 0 when it has none
     */
    record Report(boolean healthy, int schemaVersion, String detail, boolean zeroBytes, Set<String> tables,
                  long attempts) {

        Report {
            tables = Set.copyOf(tables);
        }

        static Report damaged(String detail) {
            return new Report(false, 0, detail, false, Set.of(), 0);
        }

        static Report empty(boolean zeroBytes) {
            return new Report(true, 0, zeroBytes ? "empty file" : "no file", zeroBytes, Set.of(), 0);
        }

        boolean holdsAttempts() {
            return healthy && attempts > 0;
        }
    }

    /** Every SQLite 3 database file starts with these 16 bytes. */
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private DatabaseHealth() {
    }

    /**
     * Checks the live database file. It is opened read-write so SQLite can finish a transaction left
     * open by a crash (that is recovery, not damage). A missing or empty file is healthy: a new database.
     */
    static Report checkLive(Path file) {
        return check(file, new SQLiteConfig());
    }

    /** Checks a backup without changing it. Backups made by {@code VACUUM INTO} use a rollback journal. */
    static Report checkReadOnly(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        try {
            return check(file, config);
        } catch (StoreException e) {
            // A backup that cannot even be opened is as unusable as a damaged one.
            return Report.damaged(e.getMessage());
        }
    }

    private static Report check(Path file, SQLiteConfig config) {
        try {
            if (!Files.exists(file)) {
                return Report.empty(false);
            }
            if (Files.size(file) == 0) {
                return Report.empty(true);
            }
            if (!hasSqliteHeader(file)) {
                // Decided without SQLite: opening such a file could make SQLite delete its -wal on close.
                return Report.damaged("not a SQLite database (unexpected file header)");
            }
        } catch (IOException e) {
            return Report.damaged("cannot read the file: " + e.getMessage());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
             Statement st = c.createStatement()) {
            String result;
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                StringBuilder problems = new StringBuilder();
                while (rs.next()) {
                    if (problems.length() > 0) {
                        problems.append("; ");
                    }
                    problems.append(rs.getString(1));
                }
                result = problems.toString();
            }
            if (!"ok".equals(result)) {
                return Report.damaged("integrity check failed: " + result);
            }
            Set<String> tables = tablesOf(c);
            long attempts = tables.contains("attempts") ? countAttempts(st) : 0;
            return new Report(true, SchemaMigrator.userVersion(c), "ok", false, tables, attempts);
        } catch (SQLException e) {
            if (isDamage(e)) {
                return Report.damaged(e.getMessage());
            }
            throw new StoreException("Cannot check " + file + ": " + e.getMessage(), e);
        }
    }

    /** The tables a database holds, leaving out SQLite's own ({@code sqlite_sequence}, {@code sqlite_stat1}). */
    static Set<String> tablesOf(Connection c) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static long countAttempts(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM attempts")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static boolean hasSqliteHeader(Path file) throws IOException {
        byte[] start = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(start, 0, start.length) == start.length && Arrays.equals(start, SQLITE_HEADER);
        }
    }

    /** Damage means the content is bad; busy, locked or permission errors are not damage. */
    static boolean isDamage(SQLException e) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            int primary = code.code & 0xff;
            return primary == SQLiteErrorCode.SQLITE_NOTADB.code
                    || primary == SQLiteErrorCode.SQLITE_CORRUPT.code
                    || primary == SQLiteErrorCode.SQLITE_FORMAT.code;
        }
        return false;
    }
}
