package org.emdrill.store;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.RubricDimension;
import org.emdrill.domain.Scores;

/**
 * Saves and reads practice attempts. Times and durations keep millisecond precision.
 *
 * <p>Rows a hand edit (or a newer EM Drill) made unreadable are treated gently: an attempt whose mode
 * this version does not know is left out of {@link #find}, {@link #listNewestFirst} and {@link #count};
 * unknown dimensions and STAR ids are skipped.
 */
public final class AttemptRepository {

    private static final System.Logger LOG = System.getLogger(AttemptRepository.class.getName());

    private static final String KNOWN_MODE = "mode IN (" + knownModeList() + ")";

    private static final String INSERT_ATTEMPT = """
            INSERT INTO attempts (bank_id, bank_title, question_id, prompt, mode, prep_ms, answer_ms,
                target_seconds, answer_text, notes, overall, star, started_at, finished_at, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String INSERT_SCORE =
            "INSERT INTO attempt_scores (attempt_id, dimension, score) VALUES (?, ?, ?)";

    private static final String SELECT_ATTEMPT =
            "SELECT id, bank_id, bank_title, question_id, prompt, mode, prep_ms, answer_ms, target_seconds,"
            + " answer_text, notes, overall, star, started_at, finished_at"
            + " FROM attempts WHERE id = ? AND " + KNOWN_MODE;

    private static final String SELECT_SCORES =
            "SELECT dimension, score FROM attempt_scores WHERE attempt_id = ?";

    private static final String SELECT_PAGE =
            "SELECT id, finished_at, bank_id, bank_title, question_id, prompt, mode, answer_ms,"
            + " target_seconds, overall"
            + " FROM attempts WHERE " + KNOWN_MODE
            + " ORDER BY finished_at DESC, id DESC LIMIT ? OFFSET ?";

    private final Database db;
    private final InstantSource clock;

    /** @param clock stamps {@code created_at}, the moment a row was written */
    public AttemptRepository(Database db, InstantSource clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Saves a new attempt and its scores in one transaction and returns its id.
     *
     * @throws IllegalArgumentException when the attempt already has an id (it was saved before)
     */
    public long save(Attempt attempt) {
        if (attempt.id() != 0) {
            throw new IllegalArgumentException("attempt " + attempt.id() + " is already saved");
        }
        String createdAt = StoredValues.instant(clock.instant());
        return db.inTransaction(c -> {
            long id = insertAttempt(c, attempt, createdAt);
            insertScores(c, id, attempt.scores());
            return id;
        });
    }

    public Optional<Attempt> find(long id) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_ATTEMPT)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return readAttempt(rs, readScores(c, id));
                }
            }
        });
    }

    /** Attempts by finish time, newest first (ties: newest id first). */
    public List<AttemptSummary> listNewestFirst(int limit, int offset) {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative: " + limit + ", " + offset);
        }
        return db.withConnection(c -> {
            List<AttemptSummary> page = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT_PAGE)) {
                ps.setInt(1, limit);
                ps.setInt(2, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        readSummary(rs).ifPresent(page::add);
                    }
                }
            }
            return page;
        });
    }

    public int count() {
        return db.withConnection(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM attempts WHERE " + KNOWN_MODE)) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /** Deletes the attempt and its scores; nothing happens when there is no such attempt. */
    public void delete(long id) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM attempts WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
    }

    private static long insertAttempt(Connection c, Attempt a, String createdAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_ATTEMPT)) {
            int i = 1;
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
            if (a.overall() == null) {
                ps.setNull(i++, Types.REAL);
            } else {
                ps.setDouble(i++, a.overall());
            }
            ps.setString(i++, StoredValues.star(a.star()));
            ps.setString(i++, StoredValues.instant(a.startedAt()));
            ps.setString(i++, StoredValues.instant(a.finishedAt()));
            ps.setString(i, createdAt);
            ps.executeUpdate();
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void insertScores(Connection c, long attemptId, Scores scores) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_SCORE)) {
            for (Map.Entry<Dimension, Integer> e : scores.values().entrySet()) {
                ps.setLong(1, attemptId);
                ps.setString(2, e.getKey().id());
                ps.setInt(3, e.getValue());
                ps.executeUpdate();
            }
        }
    }

    private static Scores readScores(Connection c, long attemptId) throws SQLException {
        EnumMap<Dimension, Integer> values = new EnumMap<>(Dimension.class);
        try (PreparedStatement ps = c.prepareStatement(SELECT_SCORES)) {
            ps.setLong(1, attemptId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String dimensionId = rs.getString(1);
                    int score = rs.getInt(2);
                    Optional<Dimension> dimension = Dimension.fromId(dimensionId);
                    if (dimension.isEmpty() || score < RubricDimension.MIN_LEVEL || score > RubricDimension.MAX_LEVEL) {
                        LOG.log(Level.WARNING, "Skipping score {0}={1} of attempt {2}", dimensionId, score, attemptId);
                        continue;
                    }
                    values.put(dimension.get(), score);
                }
            }
        }
        return new Scores(values);
    }

    private static Optional<Attempt> readAttempt(ResultSet rs, Scores scores) throws SQLException {
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

    private static Optional<AttemptSummary> readSummary(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Optional<AnswerMode> mode = AnswerMode.fromId(rs.getString("mode"));
        Optional<Instant> finishedAt = StoredValues.parseInstant(rs.getString("finished_at"));
        if (mode.isEmpty() || finishedAt.isEmpty()) {
            LOG.log(Level.WARNING, "Skipping unreadable attempt {0}", id);
            return Optional.empty();
        }
        return Optional.of(new AttemptSummary(
                id,
                finishedAt.get(),
                rs.getString("bank_id"),
                rs.getString("bank_title"),
                rs.getString("question_id"),
                rs.getString("prompt"),
                mode.get(),
                StoredValues.duration(rs.getLong("answer_ms")),
                rs.getInt("target_seconds"),
                nullableDouble(rs, "overall")));
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    /** The mode ids as SQL literals; they come from our own enum, never from input. */
    private static String knownModeList() {
        StringJoiner j = new StringJoiner(", ");
        for (AnswerMode m : AnswerMode.values()) {
            j.add("'" + m.id().replace("'", "''") + "'");
        }
        return j.toString();
    }
}
