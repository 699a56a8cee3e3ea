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
 * Reads rows of {@code attempts a} into domain values, the same way {@link AttemptRepository} does:
 * rows a hand edit made unreadable are skipped with a warning, unknown dimensions are ignored.
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

    /** The columns of a history row, for {@link #summary}. */
    static final String SUMMARY_COLUMNS = "a.id, a.finished_at, a.bank_id, a.bank_title, a.question_id, a.prompt,"
            + " a.mode, a.answer_ms, a.target_seconds, a.overall";

    private AttemptRows() {
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
                nullableDouble(rs, "overall")));
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
                    String dimensionId = rs.getString(2);
                    int score = rs.getInt(3);
                    Optional<Dimension> dimension = Dimension.fromId(dimensionId);
                    if (dimension.isEmpty() || score < RubricDimension.MIN_LEVEL
                            || score > RubricDimension.MAX_LEVEL) {
                        LOG.log(Level.WARNING, "Skipping score {0}={1} of attempt {2}", dimensionId, score, attemptId);
                        continue;
                    }
                    values.computeIfAbsent(attemptId, k -> new EnumMap<>(Dimension.class)).put(dimension.get(), score);
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
