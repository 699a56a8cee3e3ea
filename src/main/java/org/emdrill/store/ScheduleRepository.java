package org.emdrill.store;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.emdrill.practice.schedule.CardPhase;
import org.emdrill.practice.schedule.ReviewState;
import org.emdrill.practice.schedule.StudyDay;

/**
 * The spaced-practice schedule: one {@code review_schedule} row per question that has been scored.
 *
 * <p>The phase is not a column of its own; it is read from {@code learning_step} and
 * {@code interval_days}: a step of 0 means the question is in review; a step n ≥ 1 means it is at the
 * n-th (1-based) learning step when it never graduated ({@code interval_days = 0}) or the n-th
 * relearning step after a lapse ({@code interval_days ≥ 1}, the interval it returns to).
 */
public final class ScheduleRepository {

    private static final System.Logger LOG = System.getLogger(ScheduleRepository.class.getName());

    private static final String COLUMNS = "question_id, bank_id, ease, interval_days, repetitions, lapses,"
            + " learning_step, leech, due_at, last_reviewed_at";

    private static final String UPSERT = "INSERT INTO review_schedule (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT(question_id) DO UPDATE SET bank_id = excluded.bank_id, ease = excluded.ease,"
            + " interval_days = excluded.interval_days, repetitions = excluded.repetitions,"
            + " lapses = excluded.lapses, learning_step = excluded.learning_step, leech = excluded.leech,"
            + " due_at = excluded.due_at, last_reviewed_at = excluded.last_reviewed_at";

    /**
     * Questions whose first scored attempt finished in a range. The schedule has no column for when a
     * question entered it, so the first scored attempt stands in for it.
     */
    private static final String COUNT_INTRODUCED = """
            SELECT COUNT(*) FROM review_schedule r
            WHERE (SELECT MIN(a.finished_at) FROM attempts a
                   WHERE a.question_id = r.question_id AND a.overall IS NOT NULL) >= ?
              AND (SELECT MIN(a.finished_at) FROM attempts a
                   WHERE a.question_id = r.question_id AND a.overall IS NOT NULL) < ?""";

    private final Database db;

    public ScheduleRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    public Optional<ReviewState> find(String questionId) {
        return db.withConnection(c -> find(c, questionId));
    }

    static Optional<ReviewState> find(Connection c, String questionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM review_schedule WHERE question_id = ?")) {
            ps.setString(1, questionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs) : Optional.empty();
            }
        }
    }

    /** Every readable row, soonest due first. */
    public List<ReviewState> all() {
        return db.withConnection(ScheduleRepository::all);
    }

    static List<ReviewState> all(Connection c) throws SQLException {
        List<ReviewState> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM review_schedule ORDER BY due_at, question_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                read(rs).ifPresent(rows::add);
            }
        }
        return rows;
    }

    /** Inserts or replaces the question's row. A question still {@link CardPhase#NEW} has no row. */
    public void save(ReviewState state) {
        db.withConnection(c -> save(c, state));
    }

    static int save(Connection c, ReviewState state) throws SQLException {
        if (state.phase() == CardPhase.NEW) {
            throw new IllegalArgumentException("a new question has no schedule row yet: " + state.questionId());
        }
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            write(ps, state);
            return ps.executeUpdate();
        }
    }

    public void delete(String questionId) {
        db.withConnection(c -> delete(c, questionId));
    }

    static int delete(Connection c, String questionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM review_schedule WHERE question_id = ?")) {
            ps.setString(1, questionId);
            return ps.executeUpdate();
        }
    }

    /**
     * Merges rows from another computer's export. The rule: the later review wins. A row is taken when
     * this history has no row for its question, or when it was reviewed strictly later than the row
     * here (a row never reviewed counts as oldest). So importing never moves a schedule that was
     * practised more recently here back to an older state, importing the same file twice changes
     * nothing the second time, and there is never more than one row per question. The reviews each
     * side did since they parted are not added up: SM-2 cannot merge two histories of one question,
     * and the attempts themselves are merged by the import anyway. All rows go in one transaction.
     *
     * @return how many rows were taken
     */
    public int mergeLaterReviews(List<ReviewState> incoming) {
        return db.inTransaction(c -> {
            int taken = 0;
            for (ReviewState theirs : incoming) {
                if (theirs.phase() == CardPhase.NEW) {
                    continue;
                }
                Optional<ReviewState> ours = find(c, theirs.questionId());
                if (ours.isEmpty() || reviewedLater(theirs, ours.get())) {
                    save(c, theirs);
                    taken++;
                }
            }
            return taken;
        });
    }

    private static boolean reviewedLater(ReviewState theirs, ReviewState ours) {
        if (theirs.lastReviewedAt() == null) {
            return false;
        }
        return ours.lastReviewedAt() == null || theirs.lastReviewedAt().isAfter(ours.lastReviewedAt());
    }

    /** Questions due at {@code now}, the longest overdue first. */
    public List<String> dueQuestionIds(Instant now) {
        return db.withConnection(c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT question_id FROM review_schedule WHERE due_at <= ? ORDER BY due_at, question_id")) {
                ps.setString(1, StoredValues.instant(now));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    public int countDue(Instant now) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM review_schedule WHERE due_at <= ?")) {
                ps.setString(1, StoredValues.instant(now));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /** How many questions were introduced (first scored) on a practice day, for the daily new limit. */
    public int countIntroducedOn(LocalDate day, StudyDay studyDay) {
        Instant from = studyDay.startOf(day);
        Instant to = studyDay.startOf(day.plusDays(1));
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(COUNT_INTRODUCED)) {
                ps.setString(1, StoredValues.instant(from));
                ps.setString(2, StoredValues.instant(to));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    private static void write(PreparedStatement ps, ReviewState s) throws SQLException {
        boolean inSteps = s.phase() == CardPhase.LEARNING || s.phase() == CardPhase.RELEARNING;
        if (s.phase() == CardPhase.RELEARNING && s.intervalDays() < 1) {
            throw new IllegalArgumentException("a relearning question needs the interval it returns to: "
                    + s.questionId());
        }
        int i = 1;
        ps.setString(i++, s.questionId());
        ps.setString(i++, s.bankId());
        ps.setDouble(i++, s.ease());
        // A learning question has not graduated yet; its interval is 0 by definition of the encoding.
        ps.setDouble(i++, s.phase() == CardPhase.LEARNING ? 0 : s.intervalDays());
        ps.setInt(i++, s.repetitions());
        ps.setInt(i++, s.lapses());
        ps.setInt(i++, inSteps ? s.step() + 1 : 0);
        ps.setInt(i++, s.leech() ? 1 : 0);
        ps.setString(i++, StoredValues.instant(s.dueAt()));
        if (s.lastReviewedAt() == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, StoredValues.instant(s.lastReviewedAt()));
        }
    }

    private static Optional<ReviewState> read(ResultSet rs) throws SQLException {
        String questionId = rs.getString("question_id");
        Optional<Instant> due = StoredValues.parseInstant(rs.getString("due_at"));
        String lastText = rs.getString("last_reviewed_at");
        Optional<Instant> last = StoredValues.parseInstant(lastText);
        double ease = rs.getDouble("ease");
        int interval = (int) Math.round(rs.getDouble("interval_days"));
        int stepColumn = rs.getInt("learning_step");
        int repetitions = rs.getInt("repetitions");
        int lapses = rs.getInt("lapses");
        if (due.isEmpty() || (lastText != null && last.isEmpty()) || interval < 0 || stepColumn < 0
                || repetitions < 0 || lapses < 0 || !(ease > 1.0)) {
            LOG.log(Level.WARNING, "Skipping unreadable schedule row of {0}", questionId);
            return Optional.empty();
        }
        CardPhase phase = stepColumn == 0 ? CardPhase.REVIEW
                : interval == 0 ? CardPhase.LEARNING : CardPhase.RELEARNING;
        return Optional.of(new ReviewState(questionId, rs.getString("bank_id"), phase, ease,
                phase == CardPhase.REVIEW ? Math.max(1, interval) : interval, repetitions, lapses,
                Math.max(0, stepColumn - 1), rs.getInt("leech") != 0, due.get(), last.orElse(null)));
    }
}
