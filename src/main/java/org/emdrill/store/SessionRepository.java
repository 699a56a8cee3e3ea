package org.emdrill.store;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.practice.mockinterview.InterviewConfig;
import org.emdrill.practice.FollowUpAnswer;
import org.emdrill.practice.schedule.DimensionAverages;

/**
 * Mock-interview sessions ({@code mock_interviews}) and the attempts that belong to them.
 *
 * <p>A session row is created when the interview starts (state {@code running}); each finished
 * question's attempt is saved with its 0-based position and its follow-up answers in one transaction;
 * the row is closed as {@code finished} or {@code abandoned} with the total time. {@code config_json}
 * holds {@code {"config": <InterviewJson>, "questionIds": [...], "skipped": [positions]}}, so a review can
 * tell skipped questions from ones never reached ({@link SessionJson}). Attempts keep the column
 * conventions of {@link AttemptRepository} and show up in the ordinary history too.
 */
public final class SessionRepository {

    private static final System.Logger LOG = System.getLogger(SessionRepository.class.getName());

    /** Where a session is. Stored by id. */
    public enum State {
        RUNNING("running"), FINISHED("finished"), ABANDONED("abandoned");

        private final String id;

        State(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        static Optional<State> fromId(String id) {
            for (State s : values()) {
                if (s.id.equals(id)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    /** One saved question of a session, as listed: scores and times without the answer text. */
    public record QuestionRow(int position, long attemptId, String questionId, String prompt, Scores scores,
            Double overall, Duration answerDuration, int targetSeconds) {
    }

    /**
     * A session as listed.
     *
     * @param finishedAt null while running
     * @param questions  the saved questions in position order
     */
    public record Session(long id, String preset, State state, InterviewConfig config, List<String> questionIds,
            Set<Integer> skipped, Instant startedAt, Instant finishedAt, Duration total, List<QuestionRow> questions) {
        public Session {
            questionIds = List.copyOf(questionIds);
            skipped = Collections.unmodifiableSet(new TreeSet<>(skipped));
            questions = List.copyOf(questions);
        }
    }

    /** One saved question with everything in it. */
    public record SessionAttempt(int position, Attempt attempt, List<FollowUpAnswer> followUps) {
        public SessionAttempt {
            followUps = List.copyOf(followUps);
        }
    }

    /** A session with its full attempts, for the review screen. */
    public record SessionDetail(Session session, List<SessionAttempt> attempts) {
        public SessionDetail {
            attempts = List.copyOf(attempts);
        }
    }


    private static final String SESSION_COLUMNS =
            "id, preset, state, config_json, started_at, finished_at, total_ms";

    private final Database db;
    private final InstantSource clock;
    private final AttemptRepository attempts;

    /** @param clock stamps the attempts' {@code created_at} */
    public SessionRepository(Database db, InstantSource clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.attempts = new AttemptRepository(db, clock);
    }

    /** Creates the running session row and returns its id. */
    public long start(String presetName, InterviewConfig config, List<String> questionIds, Instant startedAt) {
        String json = new SessionJson(config, questionIds, Set.of()).write();
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO mock_interviews (kind, preset, config_json, state, started_at) VALUES ('mock', ?, ?, ?, ?)")) {
                ps.setString(1, presetName == null ? "" : presetName);
                ps.setString(2, json);
                ps.setString(3, State.RUNNING.id());
                ps.setString(4, StoredValues.instant(startedAt));
                ps.executeUpdate();
            }
            return lastId(c);
        });
    }

    /**
     * Saves one finished question of a session: the attempt, its scores and its follow-up answers, in
     * one transaction. Returns the attempt's id.
     *
     * @param position 0-based position in the interview
     */
    public long saveInSession(Attempt attempt, long sessionId, int position, List<FollowUpAnswer> followUps) {
        if (attempt.id() != 0) {
            throw new IllegalArgumentException("attempt " + attempt.id() + " is already saved");
        }
        Instant createdAt = clock.instant();
        return db.inTransaction(c -> {
            long id = AttemptRows.insert(c, attempt, null, createdAt, sessionId, position, null);
            FollowUpRows.insert(c, id, followUps);
            return id;
        });
    }

    /** Closes the session as finished. */
    public void finish(long sessionId, Instant finishedAt, Duration total, Set<Integer> skippedPositions) {
        close(sessionId, State.FINISHED, finishedAt, total, skippedPositions);
    }

    /** Closes the session as abandoned; what was saved in it stays. */
    public void abandon(long sessionId, Instant abandonedAt, Duration total, Set<Integer> skippedPositions) {
        close(sessionId, State.ABANDONED, abandonedAt, total, skippedPositions);
    }

    /** Sessions by start time, newest first, each with its saved questions' scores and times. */
    public List<Session> listNewestFirst(int limit, int offset) {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative: " + limit + ", " + offset);
        }
        return db.withConnection(c -> {
            List<Session> sessions = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + SESSION_COLUMNS
                    + " FROM mock_interviews WHERE kind = 'mock' ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?")) {
                ps.setInt(1, limit);
                ps.setInt(2, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        readSession(c, rs).ifPresent(sessions::add);
                    }
                }
            }
            return sessions;
        });
    }

    /** One session with its full attempts and follow-up answers. */
    public Optional<SessionDetail> find(long sessionId) {
        Optional<Session> session = db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + SESSION_COLUMNS
                    + " FROM mock_interviews WHERE id = ?")) {
                ps.setLong(1, sessionId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? readSession(c, rs) : Optional.<Session>empty();
                }
            }
        });
        if (session.isEmpty()) {
            return Optional.empty();
        }
        List<SessionAttempt> full = new ArrayList<>();
        for (QuestionRow row : session.get().questions()) {
            // AttemptRepository reads the attempt; called outside our own connection use, as calls do not nest.
            Optional<Attempt> attempt = attempts.find(row.attemptId());
            if (attempt.isPresent()) {
                full.add(new SessionAttempt(row.position(), attempt.get(), followUps(row.attemptId())));
            }
        }
        return Optional.of(new SessionDetail(session.get(), full));
    }

    /**
     * Dimension means over the scored answers of every mock interview started before this one: what
     * the summary compares against.
     */
    public DimensionAverages averagesBefore(long sessionId) {
        return db.withConnection(c -> {
            EnumMap<Dimension, Double> means = new EnumMap<>(Dimension.class);
            EnumMap<Dimension, Integer> counts = new EnumMap<>(Dimension.class);
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT s.dimension, AVG(s.score), COUNT(*)
                    FROM attempt_scores s
                    JOIN attempts a ON a.id = s.attempt_id
                    JOIN mock_interviews d ON d.id = a.session_id
                    JOIN mock_interviews me ON me.id = ?
                    WHERE d.kind = 'mock' AND d.id <> me.id
                      AND (d.started_at < me.started_at OR (d.started_at = me.started_at AND d.id < me.id))
                    GROUP BY s.dimension""")) {
                ps.setLong(1, sessionId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Optional<Dimension> d = Dimension.fromId(rs.getString(1));
                        if (d.isPresent()) {
                            means.put(d.get(), rs.getDouble(2));
                            counts.put(d.get(), rs.getInt(3));
                        }
                    }
                }
            }
            return new DimensionAverages(means, counts);
        });
    }

    /** Deletes the session row; its attempts stay in the history, no longer grouped. */
    public void delete(long sessionId) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM mock_interviews WHERE id = ?")) {
                ps.setLong(1, sessionId);
                return ps.executeUpdate();
            }
        });
    }

    private void close(long sessionId, State state, Instant at, Duration total, Set<Integer> skipped) {
        db.inTransaction(c -> {
            String oldJson;
            try (PreparedStatement ps = c.prepareStatement("SELECT config_json FROM mock_interviews WHERE id = ?")) {
                ps.setLong(1, sessionId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("no session " + sessionId);
                    }
                    oldJson = rs.getString(1);
                }
            }
            String json = SessionJson.read(oldJson).withSkipped(skipped).write();
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE mock_interviews SET state = ?, finished_at = ?, total_ms = ?, config_json = ? WHERE id = ?")) {
                ps.setString(1, state.id());
                ps.setString(2, StoredValues.instant(at));
                ps.setLong(3, StoredValues.millis(total));
                ps.setString(4, json);
                ps.setLong(5, sessionId);
                return ps.executeUpdate();
            }
        });
    }

    private Optional<Session> readSession(Connection c, ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Optional<State> state = State.fromId(rs.getString("state"));
        Optional<Instant> startedAt = StoredValues.parseInstant(rs.getString("started_at"));
        String finishedText = rs.getString("finished_at");
        if (state.isEmpty() || startedAt.isEmpty()) {
            LOG.log(Level.WARNING, "Skipping unreadable mock interview {0}", id);
            return Optional.empty();
        }
        SessionJson json = SessionJson.read(rs.getString("config_json"));
        return Optional.of(new Session(id, rs.getString("preset"), state.get(), json.config(),
                json.questionIds(), json.skipped(), startedAt.get(),
                StoredValues.parseInstant(finishedText).orElse(null), StoredValues.duration(rs.getLong("total_ms")),
                SessionQuestionRows.read(c, id)));
    }

    private List<FollowUpAnswer> followUps(long attemptId) {
        return db.withConnection(c -> FollowUpRows.read(c, attemptId));
    }

    private static long lastId(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
