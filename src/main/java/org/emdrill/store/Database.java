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
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
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

    @Override
    public void close() {
        lock.lock();
        try {
            closeConnection();
        } finally {
            lock.unlock();
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

    private void closeConnection() {
        if (connection == null) {
            return;
        }
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
