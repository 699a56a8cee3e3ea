package org.emdrill.store;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.RubricDimension;
import org.emdrill.domain.Scores;

/**
 * The one place that turns attempt rows into domain values and back. Reading is forgiving: rows a hand
 * edit made unreadable are skipped with a warning, unknown dimensions are ignored.
 */
final class AttemptRows {

    private static final System.Logger LOG = System.getLogger(AttemptRows.class.getName());

    /** Every column of an attempt, for {@link #attempt}. */
    static final String ATTEMPT_COLUMNS = "a.id, a.bank_id, a.bank_title, a.question_id, a.prompt, a.mode,"
            + " a.prep_ms, a.answer_ms, a.target_seconds, a.answer_text, a.notes, a.overall, a.star,"
            + " a.started_at, a.finished_at";

    /** The same columns with empty answer text and notes, for statistics that never read them. */
    static final String ATTEMPT_COLUMNS_WITHOUT_TEXT = "a.id, a.bank_id, a.bank_title, a.question_id, a.prompt,"
            + " a.mode, a.prep_ms, a.answer_ms, a.target_seconds, '' AS answer_text, '' AS notes, a.overall,"
            + " a.star, a.started_at, a.finished_at";

    /**
     * The columns of a history row, for {@link #summary}: with the mock interview it was part of, looked up
     * by key for the rows of the page only (a join could steer the planner off the time-order index).
     */
    static final String SUMMARY_COLUMNS = "a.id, a.finished_at, a.bank_id, a.bank_title, a.question_id, a.prompt,"
            + " a.mode, a.answer_ms, a.target_seconds, a.overall, a.session_id, a.session_position,"
            + " (SELECT m.started_at FROM mock_interviews m WHERE m.id = a.session_id) AS interview_started_at,"
            + " (SELECT " + SessionJson.questionCountSql("m.config_json")
            + " FROM mock_interviews m WHERE m.id = a.session_id) AS interview_questions";

    private static final String INSERT_ROW = """
            INSERT INTO attempts (id, bank_id, bank_title, question_id, prompt, mode, prep_ms, answer_ms,
                target_seconds, answer_text, notes, overall, star, started_at, finished_at, created_at,
                session_id, session_position, revised_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private AttemptRows() {
    }

    /**
     * Inserts one attempt row and its scores (not its follow-ups) and returns its id.
     *
     * @param id        the id to use, or null to let SQLite pick one
     * @param sessionId the mock interview it belongs to, or null
     */
    static long insert(Connection c, Attempt a, Long id, Instant createdAt, Long sessionId, Integer position,
            Instant revisedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_ROW)) {
            int i = 1;
            setNullable(ps, i++, id, java.sql.Types.INTEGER);
            ps.setString(i++, a.bankId());
            ps.setString(i++, a.bankTitle());
            ps.setString(i++, a.questionId());
            ps.setString(i++, a.prompt());
            ps.setString(i++, a.mode().id());
            ps.setLong(i++, StoredValues.millis(a.prepDuration()));
            ps.setLong(i++, StoredValues.millis(a.answerDuration()));
            ps.setInt(i++, a.targetSeconds());
            ps.setString(i++, a.answerText());
            ps.setString(i++, a.notes());
            setNullable(ps, i++, a.overall(), java.sql.Types.REAL);
            ps.setString(i++, StoredValues.star(a.star()));
            ps.setString(i++, StoredValues.instant(a.startedAt()));
            ps.setString(i++, StoredValues.instant(a.finishedAt()));
            ps.setString(i++, StoredValues.instant(createdAt));
            setNullable(ps, i++, sessionId, java.sql.Types.INTEGER);
            setNullable(ps, i++, position, java.sql.Types.INTEGER);
            ps.setString(i, revisedAt == null ? null : StoredValues.instant(revisedAt));
            ps.executeUpdate();
        }
        long newId;
        try (java.sql.Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            newId = rs.getLong(1);
        }
        insertScores(c, newId, a.scores());
        return newId;
    }

    static void insertScores(Connection c, long attemptId, Scores scores) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO attempt_scores (attempt_id, dimension, score) VALUES (?, ?, ?)")) {
            for (Map.Entry<Dimension, Integer> e : scores.values().entrySet()) {
                ps.setLong(1, attemptId);
                ps.setString(2, e.getKey().id());
                ps.setInt(3, e.getValue());
                ps.executeUpdate();
            }
        }
    }

    private static void setNullable(PreparedStatement ps, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            ps.setNull(index, sqlType);
        } else {
            ps.setObject(index, value);
        }
    }

    /** The scores of one attempt. */
    static Scores scoresOf(Connection c, long attemptId) throws SQLException {
        EnumMap<Dimension, Integer> values = new EnumMap<>(Dimension.class);
        try (PreparedStatement ps = c.prepareStatement("SELECT dimension, score FROM attempt_scores WHERE attempt_id = ?")) {
            ps.setLong(1, attemptId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int score = rs.getInt(2);
                    Optional<Dimension> dimension = validScore(attemptId, rs.getString(1), score);
                    if (dimension.isPresent()) {
                        values.put(dimension.get(), score);
                    }
                }
            }
        }
        return new Scores(values);
    }

    /** The dimension of a stored score, or empty (with a warning) when the row is not one we can use. */
    private static Optional<Dimension> validScore(long attemptId, String dimensionId, int score) {
        Optional<Dimension> dimension = Dimension.fromId(dimensionId);
        if (dimension.isEmpty() || score < RubricDimension.MIN_LEVEL || score > RubricDimension.MAX_LEVEL) {
            LOG.log(Level.WARNING, "Skipping score {0}={1} of attempt {2}", dimensionId, score, attemptId);
            return Optional.empty();
        }
        return dimension;
    }

    static Optional<Attempt> attempt(ResultSet rs, Scores scores) throws SQLException {
        long id = rs.getLong("id");
        Optional<AnswerMode> mode = AnswerMode.fromId(rs.getString("mode"));
        Optional<Instant> startedAt = StoredValues.parseInstant(rs.getString("started_at"));
        Optional<Instant> finishedAt = StoredValues.parseInstant(rs.getString("finished_at"));
        if (mode.isEmpty() || startedAt.isEmpty() || finishedAt.isEmpty()) {
            LOG.log(Level.WARNING, "Skipping unreadable attempt {0}", id);
            return Optional.empty();
        }
        return Optional.of(new Attempt(
                id,
                rs.getString("bank_id"),
                rs.getString("bank_title"),
                rs.getString("question_id"),
                rs.getString("prompt"),
                mode.get(),
                StoredValues.duration(rs.getLong("prep_ms")),
                StoredValues.duration(rs.getLong("answer_ms")),
                rs.getInt("target_seconds"),
                rs.getString("answer_text"),
                rs.getString("notes"),
                scores,
                StoredValues.parseStar(rs.getString("star")),
                nullableDouble(rs, "overall"),
                startedAt.get(),
                finishedAt.get()));
    }

    static Optional<AttemptSummary> summary(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Optional<AnswerMode> mode = AnswerMode.fromId(rs.getString("mode"));
        Optional<Instant> finishedAt = StoredValues.parseInstant(rs.getString("finished_at"));
        if (mode.isEmpty() || finishedAt.isEmpty()) {
            LOG.log(Level.WARNING, "Skipping unreadable attempt {0}", id);
            return Optional.empty();
        }
        return Optional.of(new AttemptSummary(id, finishedAt.get(), rs.getString("bank_id"),
                rs.getString("bank_title"), rs.getString("question_id"), rs.getString("prompt"), mode.get(),
                StoredValues.duration(rs.getLong("answer_ms")), rs.getInt("target_seconds"),
                nullableDouble(rs, "overall"), interviewPlace(rs)));
    }

    /** The summary's interview columns; null when the attempt was not part of one (or it is gone). */
    private static InterviewPlace interviewPlace(ResultSet rs) throws SQLException {
        Long interviewId = nullableLong(rs, "session_id");
        Optional<Instant> startedAt = StoredValues.parseInstant(rs.getString("interview_started_at"));
        if (interviewId == null || startedAt.isEmpty()) {
            return null;
        }
        return new InterviewPlace(interviewId, startedAt.get(), Math.max(0, rs.getInt("session_position")),
                Math.max(0, rs.getInt("interview_questions")));
    }

    /**
     * The scores of every attempt matching {@code filter}, by attempt id, in one query (one query per
     * attempt would take seconds for a long history).
     */
    static Map<Long, Scores> scoresOf(Connection c, FilterSql filter) throws SQLException {
        Map<Long, EnumMap<Dimension, Integer>> values = new HashMap<>();
        String sql = "SELECT s.attempt_id, s.dimension, s.score FROM attempt_scores s"
                + " WHERE s.attempt_id IN (SELECT a.id FROM attempts a WHERE " + filter.where() + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            filter.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long attemptId = rs.getLong(1);
                    int score = rs.getInt(3);
                    Optional<Dimension> dimension = validScore(attemptId, rs.getString(2), score);
                    if (dimension.isPresent()) {
                        values.computeIfAbsent(attemptId, k -> new EnumMap<>(Dimension.class)).put(dimension.get(), score);
                    }
                }
            }
        }
        Map<Long, Scores> result = new HashMap<>();
        values.forEach((id, v) -> result.put(id, new Scores(v)));
        return result;
    }

    static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
