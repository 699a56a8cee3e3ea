package org.emdrill.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.emdrill.domain.Dimension;
import org.emdrill.store.ProgressQueries.TrendRow;

/**
 * A dimension's moving average as the trend chart draws it, at most {@code maxPoints} points. Up to
 * {@link #EXACT_UP_TO} scores, SQLite's window function reads them all and keeps points spread evenly over
 * them. Beyond, the points are spread evenly over time instead (the chart's axis): each is the newest
 * score at its moment and the mean of the {@code window} scores up to it, a short walk back along the
 * time index. So a line over 100,000 attempts costs what one over 10,000 does, and every point is
 * exactly the point the full line has at that attempt. See decision 0018.
 */
final class TrendLine {

    /** Reading this many scores in one query is cheaper than the walks that replace it. */
    static final int EXACT_UP_TO = 2_000;

    private final Connection c;
    private final Dimension dimension;
    private final int window;
    private final Instant now;
    private final Duration grace;

    TrendLine(Connection c, Dimension dimension, int window, Instant now, Duration grace) {
        this.c = c;
        this.dimension = dimension;
        this.window = window;
        this.now = now;
        this.grace = grace;
    }

    List<TrendRow> rows(int maxPoints) throws SQLException {
        return scores() <= EXACT_UP_TO ? everyScore(maxPoints) : spreadOverTime(maxPoints);
    }

    /** How many scores the dimension has, from the running totals. */
    int scores() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT TOTAL(a.n) FROM progress_scores a WHERE a.dimension = ? AND "
                + FilterSql.KNOWN_MODE)) {
            ps.setString(1, dimension.id());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? (int) rs.getDouble(1) : 0;
            }
        }
    }

    List<TrendRow> everyScore(int maxPoints) throws SQLException {
        String sql = "SELECT id, finished_at, score, avg, n FROM (SELECT a.id, a.finished_at, s.score,"
                + " AVG(s.score) OVER w AS avg, COUNT(*) OVER w AS n,"
                + " ROW_NUMBER() OVER (ORDER BY a.finished_at, a.id) AS rn, COUNT(*) OVER () AS total"
                + " FROM attempts a JOIN attempt_scores s ON s.attempt_id = a.id AND s.dimension = ?"
                + " WHERE " + FilterSql.KNOWN_MODE
                + " WINDOW w AS (ORDER BY a.finished_at, a.id ROWS BETWEEN " + (window - 1) + " PRECEDING AND CURRENT ROW))"
                + " WHERE rn = 1 OR rn = total OR ((rn - 1) * " + (maxPoints - 1) + ") / (total - 1)"
                + " <> ((rn - 2) * " + (maxPoints - 1) + ") / (total - 1) ORDER BY rn";
        List<TrendRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, dimension.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new TrendRow(rs.getLong(1), asOf(rs.getString(2)), rs.getInt(3), rs.getDouble(4), rs.getInt(5)));
                }
            }
        }
        return rows;
    }

    List<TrendRow> spreadOverTime(int maxPoints) throws SQLException {
        Optional<Instant> first = end("ASC", null);
        Optional<Instant> last = end("DESC", now.plus(grace));
        if (first.isEmpty() || last.isEmpty() || !first.get().isBefore(last.get())) {
            return everyScore(maxPoints);
        }
        List<TrendRow> rows = new ArrayList<>();
        Duration span = Duration.between(first.get(), last.get());
        String sql = "SELECT a.id, a.finished_at, s.score FROM attempts a INDEXED BY attempts_newest_first"
                + " JOIN attempt_scores s ON s.attempt_id = a.id AND s.dimension = ?"
                + " WHERE a.finished_at <= ? AND +" + FilterSql.KNOWN_MODE
                + " ORDER BY a.finished_at DESC, a.id DESC LIMIT ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int k = 0; k < maxPoints; k++) {
                // The last point takes every score, those dated in the future too.
                String at = k == maxPoints - 1 ? "\uffff"
                        : StoredValues.instant(first.get().plus(span.multipliedBy(k).dividedBy(maxPoints - 1)));
                ps.setString(1, dimension.id());
                ps.setString(2, at);
                ps.setInt(3, window);
                TrendRow row = windowEndingAt(ps);
                if (row != null && (rows.isEmpty() || rows.get(rows.size() - 1).attemptId() != row.attemptId())) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** The newest score of the walk and the mean of the walk's scores. */
    private TrendRow windowEndingAt(PreparedStatement ps) throws SQLException {
        long id = 0;
        String finished = null;
        int newest = 0;
        int sum = 0;
        int n = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (n == 0) {
                    id = rs.getLong(1);
                    finished = rs.getString(2);
                    newest = rs.getInt(3);
                }
                sum += rs.getInt(3);
                n++;
            }
        }
        return n == 0 ? null : new TrendRow(id, asOf(finished), newest, sum / (double) n, n);
    }

    /** The first or the last moment the dimension was scored (the last no later than {@code until}). */
    private Optional<Instant> end(String order, Instant until) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT a.finished_at FROM attempts a INDEXED BY attempts_newest_first"
                + " JOIN attempt_scores s ON s.attempt_id = a.id AND s.dimension = ?"
                + " WHERE a.finished_at <= ? AND +" + FilterSql.KNOWN_MODE
                + " ORDER BY a.finished_at " + order + ", a.id " + order + " LIMIT 1")) {
            ps.setString(1, dimension.id());
            ps.setString(2, until == null ? "\uffff" : StoredValues.instant(until));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? StoredValues.parseInstant(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private Instant asOf(String stored) {
        Instant at = StoredValues.parseInstant(stored).orElse(now);
        return at.isAfter(now.plus(grace)) ? now : at;
    }
}
