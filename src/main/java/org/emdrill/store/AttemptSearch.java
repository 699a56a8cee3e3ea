package org.emdrill.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Scores;

/**
 * Finds past attempts: the filtered, sorted and paged history list, every attempt at one question for
 * the compare view, and whole attempts for statistics.
 */
public final class AttemptSearch {

    /** Rows that tie on the chosen key come newest first, so pages never overlap or skip. */
    private static final String TIE_BREAK = "a.finished_at DESC, a.id DESC";

    private final Database db;

    public AttemptSearch(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** One page of matching attempts and how many match in all. */
    public AttemptPage search(AttemptQuery query) {
        FilterSql filter = FilterSql.of(query.filter());
        String sql = "SELECT " + AttemptRows.SUMMARY_COLUMNS + " FROM attempts a WHERE " + filter.where()
                + " ORDER BY " + orderBy(query.sort(), query.ascending()) + " LIMIT ? OFFSET ?";
        return db.withConnection(c -> {
            List<AttemptSummary> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int next = filter.bind(ps, 1);
                ps.setInt(next++, query.limit());
                ps.setInt(next, query.offset());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        AttemptRows.summary(rs).ifPresent(rows::add);
                    }
                }
            }
            return new AttemptPage(rows, count(c, filter));
        });
    }

    /**
     * Where attempt {@code id} comes in {@code query}'s order, 0 for the first row; empty when the filter
     * leaves it out (or it is gone). Paging ignores the query's limit and offset: a screen that must show
     * one attempt learns how many rows to load. In time order (the usual one) it counts the rows before it
     * on an index (55 ms for the oldest of 100,000); in any other order it ranks every matching row (about
     * 1.3 s at 100,000), which is still only a single look-up on a click.
     */
    public OptionalInt indexOf(AttemptQuery query, long id) {
        FilterSql filter = FilterSql.of(query.filter());
        return db.withConnection(c -> {
            Optional<String> finishedAt = finishedAtIfMatching(c, filter, id);
            if (finishedAt.isEmpty()) {
                return OptionalInt.empty();
            }
            if (query.sort() == AttemptSort.DATE) {
                // The order of orderBy(DATE, …): time either way, then the higher id first.
                String before = "(a.finished_at " + (query.ascending() ? "<" : ">")
                        + " ? OR (a.finished_at = ? AND a.id > ?))";
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM attempts a WHERE "
                        + filter.countWhere() + " AND " + before)) {
                    int next = filter.bind(ps, 1);
                    ps.setString(next++, finishedAt.get());
                    ps.setString(next++, finishedAt.get());
                    ps.setLong(next, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? OptionalInt.of(rs.getInt(1)) : OptionalInt.empty();
                    }
                }
            }
            String sql = "SELECT n FROM (SELECT a.id AS id, ROW_NUMBER() OVER (ORDER BY "
                    + orderBy(query.sort(), query.ascending()) + ") - 1 AS n FROM attempts a WHERE " + filter.where()
                    + ") WHERE id = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int next = filter.bind(ps, 1);
                ps.setLong(next, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? OptionalInt.of(rs.getInt(1)) : OptionalInt.empty();
                }
            }
        });
    }

    /** The stored finish time of attempt {@code id} when the filter keeps it. */
    private static Optional<String> finishedAtIfMatching(Connection c, FilterSql filter, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT a.finished_at FROM attempts a WHERE "
                + filter.where() + " AND a.id = ?")) {
            int next = filter.bind(ps, 1);
            ps.setLong(next, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** The attempt saved at {@code position} (0-based) of mock interview {@code interviewId}, while it exists. */
    public OptionalLong attemptInInterview(long interviewId, int position) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id FROM attempts a WHERE a.session_id = ?"
                    + " AND a.session_position = ? AND " + FilterSql.KNOWN_MODE + " ORDER BY a.id LIMIT 1")) {
                ps.setLong(1, interviewId);
                ps.setInt(2, position);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    /** How many attempts match. */
    public int count(AttemptFilter filter) {
        if (filter.isEmpty()) {
            return db.withConnection(this::countAll);
        }
        FilterSql sql = FilterSql.of(filter);
        return db.withConnection(c -> count(c, sql));
    }

    /**
     * The count of every attempt, which History shows beside each filtered count ("12 of 3,650"). A
     * count reads the whole mode index (linear in the history), yet the number changes only when
     * something is written; so it is kept with SQLite's count of rows this connection has changed
     * ({@code total_changes()}, free to ask) and counted again only when that has moved. All writes
     * go through the app's one connection, and a reopened database is a different connection.
     */
    private int countAll(Connection c) throws SQLException {
        long changes;
        try (PreparedStatement ps = c.prepareStatement("SELECT total_changes()"); ResultSet rs = ps.executeQuery()) {
            changes = rs.next() ? rs.getLong(1) : -1;
        }
        synchronized (this) {
            if (allCountConnection == c && allCountChanges == changes) {
                return allCount;
            }
        }
        int n = count(c, FilterSql.of(AttemptFilter.ALL));
        synchronized (this) {
            allCountConnection = c;
            allCountChanges = changes;
            allCount = n;
        }
        return n;
    }

    private Connection allCountConnection;
    private long allCountChanges = -1;
    private int allCount;

    /** Every attempt at one question, oldest first (by finish time), with answers and scores. */
    public List<Attempt> attemptsAtQuestion(String questionId) {
        Objects.requireNonNull(questionId, "questionId");
        return load(FilterSql.forQuestion(questionId), AttemptRows.ATTEMPT_COLUMNS);
    }

    /**
     * How many attempts there are at one question, counted on the question index: the detail's "3rd
     * attempt at this question" without reading every attempt's text.
     */
    public int countAtQuestion(String questionId) {
        Objects.requireNonNull(questionId, "questionId");
        FilterSql sql = FilterSql.forQuestion(questionId);
        return db.withConnection(c -> count(c, sql));
    }

    /** Every matching attempt, oldest first, with answers, notes and scores. */
    public List<Attempt> attempts(AttemptFilter filter) {
        return load(FilterSql.of(filter), AttemptRows.ATTEMPT_COLUMNS);
    }

    /**
     * Every matching attempt, oldest first, with scores but with empty answer text and notes: what
     * trends, averages and calendars need, at a fraction of the memory.
     */
    public List<Attempt> attemptsWithoutText(AttemptFilter filter) {
        return load(FilterSql.of(filter), AttemptRows.ATTEMPT_COLUMNS_WITHOUT_TEXT);
    }

    private List<Attempt> load(FilterSql sql, String columns) {
        return db.withConnection(c -> {
            Map<Long, Scores> scores = AttemptRows.scoresOf(c, sql);
            List<Attempt> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + columns + " FROM attempts a WHERE "
                    + sql.where() + " ORDER BY a.finished_at, a.id")) {
                sql.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Scores s = scores.getOrDefault(rs.getLong("id"), Scores.none());
                        AttemptRows.attempt(rs, s).ifPresent(result::add);
                    }
                }
            }
            return result;
        });
    }

    private static int count(Connection c, FilterSql filter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM attempts a WHERE " + filter.countWhere())) {
            filter.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    static String orderBy(AttemptSort sort, boolean ascending) {
        String dir = ascending ? " ASC" : " DESC";
        String key = switch (sort) {
            // The tie-break repeats nothing here, so the order is exactly attempts_newest_first's.
            case DATE -> "a.finished_at" + dir + ", a.id DESC";
            case BANK -> "a.bank_title COLLATE NOCASE" + dir + ", a.bank_id" + dir;
            case QUESTION -> "a.prompt COLLATE NOCASE" + dir;
            case MODE -> "a.mode" + dir;
            case DURATION -> "a.answer_ms" + dir;
            case OVERALL -> "a.overall IS NULL, a.overall" + dir;
        };
        return sort == AttemptSort.DATE ? key : key + ", " + TIE_BREAK;
    }
}
