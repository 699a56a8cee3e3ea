package org.emdrill.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Brings a database up to the newest schema using {@code PRAGMA user_version} as the version number.
 * Each step runs in its own transaction together with its version bump, so a failed step leaves the
 * database at the previous version, intact. A database from a newer EM Drill is never touched.
 */
public final class SchemaMigrator {

    private static final System.Logger LOG = System.getLogger(SchemaMigrator.class.getName());

    /** Called once before the first step runs on a database that already holds a schema. */
    @FunctionalInterface
    public interface BeforeMigrating {
        BeforeMigrating NOTHING = (from, to) -> { };

        void run(int fromVersion, int toVersion) throws IOException;
    }

    private final List<Migration> steps;
    /** Table names at each version, worked out once from the steps themselves; see {@link #tablesAt}. */
    private volatile List<Set<String>> tablesByVersion;

    /** @param steps versions 1, 2, 3, ... in order, without gaps */
    public SchemaMigrator(List<Migration> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("no migration steps");
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migration " + (i + 1) + " has version " + steps.get(i).version());
            }
        }
        this.steps = List.copyOf(steps);
    }

    /** The migrator for the app's real schema history. */
    public static SchemaMigrator standard() {
        return new SchemaMigrator(Migrations.all());
    }

    public int latestVersion() {
        return steps.size();
    }

    public MigrationResult migrate(Database db) {
        return migrate(db, BeforeMigrating.NOTHING);
    }

    /**
     * Runs the missing steps. {@code before} runs first when there is something to migrate and the
     * database is not empty (the app takes a backup there); if it throws, nothing is migrated.
     */
    public MigrationResult migrate(Database db, BeforeMigrating before) {
        int found = db.withConnection(SchemaMigrator::userVersion);
        int latest = latestVersion();
        if (found > latest) {
            LOG.log(Level.WARNING, "{0} has schema version {1}, newer than {2}", db.file(), found, latest);
            return new MigrationResult(found, found, latest);
        }
        if (found == latest) {
            return new MigrationResult(found, found, latest);
        }
        if (db.withConnection(SchemaMigrator::hasSchemaObjects)) {
            try {
                before.run(found, latest);
            } catch (IOException e) {
                throw new StoreException("Could not prepare " + db.file() + " for upgrading: " + e.getMessage(), e);
            }
        }
        for (Migration m : steps.subList(found, latest)) {
            db.inTransaction(c -> {
                m.step().apply(c);
                try (Statement st = c.createStatement()) {
                    // PRAGMA takes no bound parameters; the version is an int we control.
                    st.execute("PRAGMA user_version = " + m.version());
                }
                return null;
            });
            LOG.log(Level.INFO, "Migrated {0} to schema version {1}: {2}", db.file(), m.version(), m.description());
        }
        return new MigrationResult(found, latest, latest);
    }

    /**
     * The tables a database made by EM Drill holds at {@code version} (0 to {@link #latestVersion}). They
     * are found by running the steps on an empty in-memory database, not kept as a list by hand, so a
     * later step that adds or renames tables is known here without further work.
     */
    public Set<String> tablesAt(int version) {
        if (version < 0 || version > latestVersion()) {
            throw new IllegalArgumentException("no schema version " + version);
        }
        return tablesByVersion().get(version);
    }

    /** Every table name that any version of the schema has had. */
    public Set<String> everyTableName() {
        Set<String> all = new TreeSet<>();
        tablesByVersion().forEach(all::addAll);
        return all;
    }

    /**
     * Whether a file with {@code version} and {@code tables} was made by EM Drill. A file at version 0
     * must be blank (SQLite's own new file); a known version must hold at least the tables that version
     * has (extra tables a user added with an SQLite tool are tolerated); a newer version must share a
     * table name with some version we know.
     */
    public boolean looksLikeOurs(int version, Set<String> tables) {
        if (version == 0) {
            return tables.isEmpty();
        }
        if (version > latestVersion()) {
            return tables.stream().anyMatch(everyTableName()::contains);
        }
        return tables.containsAll(tablesAt(version));
    }

    private List<Set<String>> tablesByVersion() {
        List<Set<String>> known = tablesByVersion;
        if (known == null) {
            known = replayInMemory();
            tablesByVersion = known;
        }
        return known;
    }

    private List<Set<String>> replayInMemory() {
        List<Set<String>> result = new ArrayList<>();
        result.add(Set.of());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            for (Migration m : steps) {
                m.step().apply(c);
                result.add(Set.copyOf(DatabaseHealth.tablesOf(c)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the schema steps do not run on an empty database", e);
        }
        return List.copyOf(result);
    }

    static int userVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static boolean hasSchemaObjects(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM sqlite_master)")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }
}
