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



    private static final String SELECT_ATTEMPT =
            "SELECT id, bank_id, bank_title, question_id, prompt, mode, prep_ms, answer_ms, target_seconds,"
            + " answer_text, notes, overall, star, started_at, finished_at"
            + " FROM attempts WHERE id = ? AND " + KNOWN_MODE;


    private static final String SELECT_PAGE =
            "SELECT " + AttemptRows.SUMMARY_COLUMNS
            // "+mode": walk the newest-first index and stop after a page, not the mode index and a sort.
            + " FROM attempts a WHERE +" + KNOWN_MODE
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
        java.time.Instant createdAt = clock.instant();
        return db.inTransaction(c -> {
            long id = AttemptRows.insert(c, attempt, null, createdAt, null, null, null);
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
                    return AttemptRows.attempt(rs, AttemptRows.scoresOf(c, id));
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
                        AttemptRows.summary(rs).ifPresent(page::add);
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

    /** The mode ids as SQL literals; they come from our own enum, never from input. */
    private static String knownModeList() {
        StringJoiner j = new StringJoiner(", ");
        for (AnswerMode m : AnswerMode.values()) {
            j.add("'" + m.id().replace("'", "''") + "'");
        }
        return j.toString();
    }
}
