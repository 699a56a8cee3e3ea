package org.emdrill.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;

/**
 * Reads and writes whole attempts with their follow-ups, session link and stamps: for export, import
 * and undoing a delete. Everyday saving stays with {@link AttemptRepository}.
 */
public final class StoredAttempts {

    private static final String EXTRA_COLUMNS = ", a.session_id, a.session_position, a.revised_at, a.created_at,"
            + " ds.started_at AS session_started_at";

    private static final String FROM = " FROM attempts a LEFT JOIN mock_interviews ds ON ds.id = a.session_id";


    private final Database db;

    public StoredAttempts(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    public Optional<StoredAttempt> find(long id) {
        return db.withConnection(c -> read(c, FilterSql.forId(id)).stream().findFirst());
    }

    /** The story told in the attempt, when one was picked and still exists. */
    public Optional<org.emdrill.stories.Story> storyTold(long id) {
        StoryRepository stories = new StoryRepository(db);
        return stories.storyOfAttempt(id).flatMap(stories::find);
    }

    /** Every story, newest first: for the History filter by story. */
    public List<org.emdrill.stories.Story> stories() {
        return new StoryRepository(db).all();
    }

    /** Every attempt matching {@code filter}, oldest first. */
    public List<StoredAttempt> list(AttemptFilter filter) {
        return db.withConnection(c -> read(c, FilterSql.of(filter)));
    }

    /**
     * The answer texts of the attempts at {@code questionId} that started and finished at exactly these
     * instants (to the millisecond): what an import needs to recognise an attempt it already has.
     */
    public List<String> answerTextsAt(String questionId, Instant startedAt, Instant finishedAt) {
        return db.withConnection(c -> {
            List<String> texts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT answer_text FROM attempts"
                    + " WHERE question_id = ? AND finished_at = ? AND started_at = ?")) {
                ps.setString(1, questionId);
                ps.setString(2, StoredValues.instant(finishedAt));
                ps.setString(3, StoredValues.instant(startedAt));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        texts.add(rs.getString(1));
                    }
                }
            }
            return texts;
        });
    }

    /**
     * The id of the stored attempt at {@code questionId} with exactly these instants and this answer text
     * (the attempt an import recognises as one it has), if there is one.
     */
    public Optional<Long> idAt(String questionId, Instant startedAt, Instant finishedAt, String answerText) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM attempts WHERE question_id = ?"
                    + " AND finished_at = ? AND started_at = ? AND answer_text = ? ORDER BY id LIMIT 1")) {
                ps.setString(1, questionId);
                ps.setString(2, StoredValues.instant(finishedAt));
                ps.setString(3, StoredValues.instant(startedAt));
                ps.setString(4, answerText);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    /** Inserts every attempt under a new id, all in one transaction; returns the new ids in order. */
    public List<Long> insertAll(List<StoredAttempt> attempts) {
        return db.inTransaction(c -> {
            List<Long> ids = new ArrayList<>(attempts.size());
            for (StoredAttempt a : attempts) {
                ids.add(insert(c, a, false));
            }
            return ids;
        });
    }

    /**
     * Writes one attempt with its scores and follow-ups. With {@code keepId} the attempt keeps its id
     * when that id is free (undo of a delete); otherwise, or when it is taken, SQLite picks a new one.
     * The session link is kept only when that same session (same id and start) is in this database.
     */
    static long insert(Connection c, StoredAttempt stored, boolean keepId) throws SQLException {
        Attempt a = stored.attempt();
        boolean reuseId = keepId && a.id() > 0 && !idTaken(c, a.id());
        SessionLink session = stored.session() != null && sessionExists(c, stored.session()) ? stored.session() : null;
        long id = AttemptRows.insert(c, a, reuseId ? a.id() : null, stored.createdAt(),
                session == null ? null : session.sessionId(), session == null ? null : session.position(),
                stored.revisedAt());
        insertFollowUps(c, id, stored.followUps());
        SignalTickRows.insert(c, id, stored.ticks());
        return id;
    }

    static List<StoredAttempt> read(Connection c, FilterSql filter) throws SQLException {
        Map<Long, Scores> scores = AttemptRows.scoresOf(c, filter);
        Map<Long, List<StoredFollowUp>> followUps = followUpsOf(c, filter);
        Map<Long, org.emdrill.domain.SignalTicks> ticks = SignalTickRows.read(c, filter);
        List<StoredAttempt> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + AttemptRows.ATTEMPT_COLUMNS + EXTRA_COLUMNS
                + FROM + " WHERE " + filter.where() + " ORDER BY a.finished_at, a.id")) {
            filter.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    Optional<Attempt> attempt = AttemptRows.attempt(rs, scores.getOrDefault(id, Scores.none()));
                    if (attempt.isPresent()) {
                        result.add(new StoredAttempt(attempt.get(), followUps.getOrDefault(id, List.of()),
                                session(rs), StoredValues.parseInstant(rs.getString("revised_at")).orElse(null),
                                StoredValues.parseInstant(rs.getString("created_at"))
                                        .orElse(attempt.get().finishedAt()),
                                ticks.get(id)));
                    }
                }
            }
        }
        return result;
    }

    private static SessionLink session(ResultSet rs) throws SQLException {
        Long sessionId = AttemptRows.nullableLong(rs, "session_id");
        Optional<Instant> started = StoredValues.parseInstant(rs.getString("session_started_at"));
        if (sessionId == null || started.isEmpty()) {
            return null;
        }
        Long position = AttemptRows.nullableLong(rs, "session_position");
        return new SessionLink(sessionId, position == null ? 0 : position.intValue(), started.get());
    }

    private static Map<Long, List<StoredFollowUp>> followUpsOf(Connection c, FilterSql filter) throws SQLException {
        Map<Long, List<StoredFollowUp>> result = new HashMap<>();
        String sql = "SELECT f.attempt_id, f.position, f.prompt, f.answer_text, f.answer_ms FROM attempt_followups f"
                + " WHERE f.attempt_id IN (SELECT a.id FROM attempts a WHERE " + filter.where() + ")"
                + " ORDER BY f.attempt_id, f.position";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            filter.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new StoredFollowUp(
                            rs.getInt(2), rs.getString(3), rs.getString(4), StoredValues.duration(rs.getLong(5))));
                }
            }
        }
        return result;
    }

    private static void insertFollowUps(Connection c, long attemptId, List<StoredFollowUp> followUps)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO attempt_followups"
                + " (attempt_id, position, prompt, answer_text, answer_ms) VALUES (?, ?, ?, ?, ?)")) {
            for (StoredFollowUp f : followUps) {
                ps.setLong(1, attemptId);
                ps.setInt(2, f.position());
                ps.setString(3, f.prompt());
                ps.setString(4, f.answerText());
                ps.setLong(5, StoredValues.millis(f.answerDuration()));
                ps.executeUpdate();
            }
        }
    }

    private static boolean idTaken(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM attempts WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean sessionExists(Connection c, SessionLink link) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM mock_interviews WHERE id = ? AND started_at = ?")) {
            ps.setLong(1, link.sessionId());
            ps.setString(2, StoredValues.instant(link.sessionStartedAt()));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
