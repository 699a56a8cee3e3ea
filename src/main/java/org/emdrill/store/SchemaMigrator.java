package org.emdrill.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

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
