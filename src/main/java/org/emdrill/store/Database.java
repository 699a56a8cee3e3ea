package org.emdrill.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One SQLite file behind one JDBC connection.
 *
 * <p>Threading: the app runs all database work on a single background executor, so one connection is
 * enough and avoids SQLite lock contention inside the app. Every call still takes a lock, so a call
 * that slips in from another thread waits its turn instead of interleaving with a transaction. Do not
 * hold on to the {@link Connection} handed to a {@link SqlWork} after it returns.
 *
 * <p>Every connection runs with {@code journal_mode=WAL} (readers do not block the writer, a crash
 * loses at most the last transaction), {@code foreign_keys=ON} (SQLite's default is off),
 * {@code busy_timeout=5000} (waits for another process, such as a backup tool, instead of failing
 * at once) and {@code synchronous=NORMAL} (safe with WAL, far fewer fsyncs).
 */
public final class Database implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    private final Path file;
    private final ReentrantLock lock = new ReentrantLock();
    private Connection connection;
    private volatile Thread shutdownHook;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens {@code file}, creating it and its folder when missing. */
    public static Database open(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder for " + file, e);
        }
        return new Database(file, connect(file));
    }

    public Path file() {
        return file;
    }

    public boolean isOpen() {
        lock.lock();
        try {
            return connection != null;
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} in auto-commit mode: for reads and single statements. */
    public <T> T withConnection(SqlWork<T> work) {
        lock.lock();
        try {
            return work.apply(requireOpen());
        } catch (SQLException e) {
            throw new StoreException("Database operation failed on " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
     * Transactions do not nest: do not call this from inside another {@code work}.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        lock.lock();
        try {
            Connection c = requireOpen();
            c.setAutoCommit(false);
            T result;
            try {
                result = work.apply(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            // Outside the transaction: the driver would otherwise open a new one around the checkpoint.
            checkpoint(c, "PASSIVE");
            return result;
        } catch (SQLException e) {
            throw new StoreException("Database transaction failed on " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Closes the connection, lets {@code change} replace the file on disk, then connects again, all
     * under the lock so no other call sees the file half-replaced. Used by restore.
     */
    void replaceFile(FileChange change) throws IOException {
        lock.lock();
        try {
            closeConnection();
            try {
                change.apply(file);
            } finally {
                // Reconnect even when the change failed (it restores the old file), so the app keeps working.
                connection = connect(file);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Closes the database when the JVM is told to stop (logout, {@code kill}), so the log is folded into
     * the main file even when the window never got to close. Waits for a save in progress to finish.
     * A normal {@link #close} removes the hook again.
     */
    public void closeOnShutdown() {
        Thread hook = new Thread(() -> {
            LOG.log(Level.INFO, "Stopping: closing {0}", file);
            close();
        }, "emdrill-close-database");
        Runtime.getRuntime().addShutdownHook(hook);
        shutdownHook = hook;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closeConnection();
        } finally {
            lock.unlock();
        }
        Thread hook = shutdownHook;
        if (hook != null && hook != Thread.currentThread()) {
            shutdownHook = null;
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already stopping; the hook finds the database closed and does nothing.
            }
        }
    }

    /** Changes the files of a closed database; see {@link #replaceFile}. */
    @FunctionalInterface
    interface FileChange {
        void apply(Path databaseFile) throws IOException;
    }

    private Connection requireOpen() {
        if (connection == null) {
            throw new IllegalStateException("Database is closed: " + file);
        }
        return connection;
    }

    /**
     * Copies committed pages from the write-ahead log into the main file. PASSIVE after each save never
     * waits for readers and keeps the log short, so a committed attempt does not live only in
     * {@code -wal} (which a sync tool or a careless copy can separate from the main file); TRUNCATE at
     * close empties the log. A failed checkpoint loses nothing: the data stays in the log.
     */
    private void checkpoint(Connection c, String mode) {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(" + mode + ")");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Checkpoint of " + file + " failed: " + e.getMessage());
        }
    }

    private void closeConnection() {
        if (connection == null) {
            return;
        }
        checkpoint(connection, "TRUNCATE");
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Closing " + file + " failed", e);
        } finally {
            connection = null;
        }
    }

    private static Connection connect(Path file) {
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("PRAGMA journal_mode=WAL")) {
                    String mode = rs.next() ? rs.getString(1) : "";
                    if (!"wal".equalsIgnoreCase(mode)) {
                        // Some file systems (network shares) refuse WAL; SQLite then keeps its
                        // rollback journal, which is slower but still safe.
                        LOG.log(Level.WARNING, "SQLite kept journal mode {0} for {1}", mode, file);
                    }
                }
                st.execute("PRAGMA foreign_keys=ON");
                st.execute("PRAGMA busy_timeout=5000");
                st.execute("PRAGMA synchronous=NORMAL");
            }
            return c;
        } catch (SQLException e) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException closing) {
                    e.addSuppressed(closing);
                }
            }
            throw new StoreException("Cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    private void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
