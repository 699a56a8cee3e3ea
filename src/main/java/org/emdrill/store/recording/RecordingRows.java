package org.emdrill.store.recording;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.emdrill.audio.DeliveryFigures;
import org.emdrill.audio.Span;

/**
 * The {@code recordings} table row by row, inside a connection or transaction the caller holds, so a
 * delete or undo of an attempt can take its recording along in the same transaction. Seconds are kept
 * as whole milliseconds, like every duration in the history.
 */
public final class RecordingRows {

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final String COLUMNS = "attempt_id, file, duration_ms, talk_ms, first_word_ms, pauses_over_2s,"
            + " longest_pause_ms, syllables_per_second, pauses";

    private RecordingRows() {
    }

    public static Optional<Recording> find(Connection c, long attemptId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM recordings WHERE attempt_id = ?")) {
            ps.setLong(1, attemptId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs) : Optional.empty();
            }
        }
    }

    /** Writes the row, replacing an earlier recording of the same attempt. */
    public static void put(Connection c, Recording r, Instant createdAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO recordings (" + COLUMNS
                + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, r.attemptId());
            ps.setString(2, r.file());
            ps.setLong(3, millis(r.durationSeconds()));
            DeliveryFigures f = r.figures();
            if (f == null) {
                for (int i = 4; i <= 8; i++) {
                    ps.setNull(i, i == 8 ? Types.REAL : Types.INTEGER);
                }
                ps.setString(9, "");
            } else {
                ps.setLong(4, millis(f.talkSeconds()));
                ps.setLong(5, millis(f.firstWordSeconds()));
                ps.setInt(6, f.pausesOver2s());
                ps.setLong(7, millis(f.longestPauseSeconds()));
                ps.setDouble(8, f.syllablesPerSecond());
                ps.setString(9, pauses(f.pauses()));
            }
            ps.setString(10, INSTANT.format(createdAt.truncatedTo(ChronoUnit.MILLIS)));
            ps.executeUpdate();
        }
    }

    /** A recording that has no delivery figures and was never found unmeasurable: its attempt and its file as stored. */
    public record Unmeasured(long attemptId, String file) {
    }

    /** Up to {@code limit} recordings still to be measured, those of the newest attempts first. */
    public static List<Unmeasured> unmeasured(Connection c, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT r.attempt_id, r.file FROM recordings r JOIN attempts a ON a.id = r.attempt_id
                WHERE r.syllables_per_second IS NULL AND r.unmeasurable_at IS NULL
                ORDER BY a.finished_at DESC, a.id DESC LIMIT ?""")) {
            ps.setInt(1, limit);
            List<Unmeasured> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Unmeasured(rs.getLong(1), rs.getString(2)));
                }
            }
            return out;
        }
    }

    /**
     * Stores figures measured from {@code file}, only if the attempt still has that recording without figures
     * (it may have been deleted, replaced or measured by History meanwhile).
     *
     * @return whether they were stored
     */
    public static boolean putFigures(Connection c, long attemptId, String file, DeliveryFigures f) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE recordings SET duration_ms = ?, talk_ms = ?, first_word_ms = ?, pauses_over_2s = ?,
                    longest_pause_ms = ?, syllables_per_second = ?, pauses = ?
                WHERE attempt_id = ? AND file = ? AND syllables_per_second IS NULL""")) {
            ps.setLong(1, millis(f.durationSeconds()));
            ps.setLong(2, millis(f.talkSeconds()));
            ps.setLong(3, millis(f.firstWordSeconds()));
            ps.setInt(4, f.pausesOver2s());
            ps.setLong(5, millis(f.longestPauseSeconds()));
            ps.setDouble(6, f.syllablesPerSecond());
            ps.setString(7, pauses(f.pauses()));
            ps.setLong(8, attemptId);
            ps.setString(9, file);
            return ps.executeUpdate() > 0;
        }
    }

    /** Notes that {@code file} could not be measured, so the background measuring does not try it again. */
    public static void markUnmeasurable(Connection c, long attemptId, String file, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE recordings SET unmeasurable_at = ? WHERE attempt_id = ? AND file = ?")) {
            ps.setString(1, INSTANT.format(at.truncatedTo(ChronoUnit.MILLIS)));
            ps.setLong(2, attemptId);
            ps.setString(3, file);
            ps.executeUpdate();
        }
    }

    /** Returns whether there was a row to delete. */
    public static boolean delete(Connection c, long attemptId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM recordings WHERE attempt_id = ?")) {
            ps.setLong(1, attemptId);
            return ps.executeUpdate() > 0;
        }
    }

    private static Optional<Recording> read(ResultSet rs) throws SQLException {
        long attemptId = rs.getLong(1);
        String file = rs.getString(2);
        double duration = seconds(rs.getLong(3));
        if (!RecordingFolder.isSafeName(file)) {
            // A hand edit pointing outside the folder: the attempt reads as having no recording.
            return Optional.empty();
        }
        long talk = rs.getLong(4);
        DeliveryFigures figures = null;
        if (!rs.wasNull()) {
            figures = new DeliveryFigures(duration, seconds(talk), seconds(rs.getLong(5)), rs.getInt(6),
                    seconds(rs.getLong(7)), rs.getDouble(8), parsePauses(rs.getString(9)));
        }
        return Optional.of(new Recording(attemptId, file, duration, figures));
    }

    static String pauses(List<Span> pauses) {
        StringJoiner j = new StringJoiner(",");
        for (Span s : pauses) {
            j.add(millis(s.startSeconds()) + "-" + millis(s.endSeconds()));
        }
        return j.toString();
    }

    /** Pairs that do not read (a hand edit) are left out rather than failing the whole recording. */
    static List<Span> parsePauses(String text) {
        List<Span> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String pair : text.split(",")) {
            String[] ends = pair.strip().split("-");
            try {
                if (ends.length == 2) {
                    out.add(new Span(seconds(Long.parseLong(ends[0])), seconds(Long.parseLong(ends[1]))));
                }
            } catch (IllegalArgumentException skipped) {
                // not a number, or an end before its start
            }
        }
        return out;
    }

    private static long millis(double seconds) {
        return Math.round(seconds * 1000);
    }

    private static double seconds(long millis) {
        return millis / 1000.0;
    }
}
