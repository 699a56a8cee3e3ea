package org.emdrill.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

/**
 * One step of the schema history: brings a database from {@code version - 1} to {@code version}.
 * {@link SchemaMigrator} runs each step in its own transaction together with the version bump.
 *
 * <p>Steps are never edited once released: a change to the schema is a new step.
 */
public record Migration(int version, String description, Step step) {

    /** The work of one step, run inside the step's transaction. */
    @FunctionalInterface
    public interface Step {
        void apply(Connection connection) throws SQLException;
    }

    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("migration versions start at 1: " + version);
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(step, "step");
    }

    /** A step made of plain SQL statements, run in order (the driver runs one statement per call). */
    public static Migration ofSql(int version, String description, String... statements) {
        List<String> sql = List.of(statements);
        return new Migration(version, description, connection -> {
            try (Statement st = connection.createStatement()) {
                for (String s : sql) {
                    st.executeUpdate(s);
                }
            }
        });
    }
}
