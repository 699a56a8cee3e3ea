package org.emdrill.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The same queries the screens run, through plain JDBC on a connection of its own with nothing on top:
 * the least any History or Progress could cost on this machine at this moment.
 */
final class JdbcFloor implements AutoCloseable {

    private static final String SUMMARY = "SELECT a.id, a.finished_at, a.bank_id, a.bank_title, a.question_id,"
            + " a.prompt, a.mode, a.answer_ms, a.target_seconds, a.overall FROM attempts a";

    private final Connection connection;

    JdbcFloor(Path file) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    /** History's first page: 50 newest rows (of one mode, when given) and the count of matching rows. */
    double firstPageMs(String mode) throws SQLException {
        long t0 = System.nanoTime();
        String where = mode == null ? "" : " WHERE a.mode = ?";
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(SUMMARY + where
                + " ORDER BY a.finished_at DESC, a.id DESC LIMIT 50 OFFSET 0")) {
            if (mode != null) {
                ps.setString(1, mode);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getInt(9), rs.getDouble(10)});
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM attempts a" + where)) {
            if (mode != null) {
                ps.setString(1, mode);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                rows.add(new Object[] {rs.getInt(1)});
            }
        }
        return (System.nanoTime() - t0) / 1e6 + (rows.isEmpty() ? 1 : 0);
    }

    /** What Progress reads: every attempt without its text, and every score. */
    double allAttemptsMs() throws SQLException {
        long t0 = System.nanoTime();
        Map<Long, int[]> scores = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT attempt_id, dimension, score FROM attempt_scores");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                scores.computeIfAbsent(rs.getLong(1), k -> new int[5])[Math.floorMod(rs.getString(2).hashCode(), 5)] =
                        rs.getInt(3);
            }
        }
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT a.id, a.bank_id, a.question_id, a.mode,"
                + " a.prep_ms, a.answer_ms, a.target_seconds, a.overall, a.star, a.started_at, a.finished_at"
                + " FROM attempts a ORDER BY a.finished_at, a.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                    rs.getLong(6), rs.getInt(7), rs.getDouble(8), rs.getString(9), rs.getString(10), rs.getString(11),
                    scores.get(rs.getLong(1))});
            }
        }
        return (System.nanoTime() - t0) / 1e6 + (rows.isEmpty() ? 1 : 0);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
