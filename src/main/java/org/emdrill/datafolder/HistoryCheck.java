package org.emdrill.datafolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/** Opens a copied history database and checks that it is whole and holds as many attempts as the original. */
final class HistoryCheck {

    private HistoryCheck() {
    }

    /** Empty when the copy is good; otherwise what is wrong with it. */
    static Optional<String> compare(Path original, Path copy) {
        if (!Files.exists(original)) {
            return Optional.empty();
        }
        try {
            long expected = attempts(original);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                String result = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equalsIgnoreCase(result)) {
                    return Optional.of("the copied history database is damaged (" + result + ")");
                }
            }
            long copied = attempts(copy);
            return copied == expected ? Optional.empty()
                    : Optional.of("the copied history has " + copied + " attempts instead of " + expected);
        } catch (SQLException e) {
            return Optional.of("the copied history database does not open (" + e.getMessage() + ")");
        }
    }

    private static long attempts(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement();
             ResultSet tables = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'attempts'")) {
            if (!tables.next() || tables.getLong(1) == 0) {
                return 0;
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM attempts")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
