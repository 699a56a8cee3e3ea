package org.emdrill.store;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.emdrill.practice.schedule.ReviewState;
import org.emdrill.practice.schedule.SelfScoreGrade;
import org.emdrill.store.recording.Recording;
import org.emdrill.store.recording.RecordingFolder;
import org.emdrill.store.recording.RecordingRows;

/**
 * Changes to attempts after they were saved: revising the self-scores, STAR ticks and notes, and
 * deleting with undo. The question's review schedule follows in the same transaction: a revision that
 * changes the attempt's grade, or a delete, replays the question's remaining attempts
 * ({@link ScheduleRebuild}); an undo puts the schedule back as it was before the delete.
 */
public final class AttemptRevisions {

    private final Database db;
    private final ScheduleRebuild schedule;
    private final RecordingFolder recordings;

    /** Recordings of deleted attempts are looked for in the {@code recordings/} folder beside the database. */
    public AttemptRevisions(Database db, ScheduleRebuild schedule) {
        this(db, schedule, RecordingFolder.besideDatabase(db.file()));
    }

    public AttemptRevisions(Database db, ScheduleRebuild schedule, RecordingFolder recordings) {
        this.db = Objects.requireNonNull(db, "db");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.recordings = Objects.requireNonNull(recordings, "recordings");
    }

    /**
     * Replaces the scores, notes and STAR ticks of attempt {@code id}, recomputes its overall score with
     * {@code weights} (the question's dimension weights) and stamps {@code revised_at} with {@code when},
     * all in one transaction. When the new overall score grades the answer differently
     * ({@link SelfScoreGrade}), the question's schedule is replayed from its attempts in the same
     * transaction. A revision that keeps the grade (notes, STAR, a score that does not cross a grade
     * line) leaves the schedule as it is: replaying would change nothing the grade says, only the
     * few seconds between finishing and saving the answer that the live schedule was stamped with.
     *
     * @return the attempt as it now reads, or empty when there is no such attempt
     */
    public Optional<Attempt> revise(long id, Scores scores, String notes, Set<StarElement> star,
                                    Map<Dimension, Integer> weights, Instant when) {
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(star, "star");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(when, "when");
        OptionalDouble overall = scores.overall(weights);
        return db.inTransaction(c -> {
            Optional<Attempt> before = StoredAttempts.read(c, FilterSql.forId(id)).stream().findFirst()
                    .map(StoredAttempt::attempt);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE attempts SET notes = ?, star = ?, overall = ?, revised_at = ? WHERE id = ?")) {
                ps.setString(1, notes == null ? "" : notes);
                ps.setString(2, StoredValues.star(star));
                if (overall.isPresent()) {
                    ps.setDouble(3, overall.getAsDouble());
                } else {
                    ps.setNull(3, Types.REAL);
                }
                ps.setString(4, StoredValues.instant(when));
                ps.setLong(5, id);
                if (ps.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM attempt_scores WHERE attempt_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            AttemptRows.insertScores(c, id, scores);
            Optional<Attempt> after = StoredAttempts.read(c, FilterSql.forId(id)).stream().findFirst()
                    .map(StoredAttempt::attempt);
            if (after.isPresent() && !SelfScoreGrade.of(after.get().overall())
                    .equals(before.flatMap(a -> SelfScoreGrade.of(a.overall())))) {
                schedule.rebuild(c, after.get().questionId());
            }
            return after;
        });
    }

    /**
     * Deletes attempt {@code id} with its scores and follow-ups; a scored attempt's question has its
     * schedule replayed from the attempts that remain (no scored attempt left: the question is new
     * again), in the same transaction. Its recording goes with it: the row at once, the file aside
     * into the recordings folder's corner for deleted files, so an undo brings it back and the next
     * start-up deletes it for good (or {@link #forget} does, once the undo is no longer offered).
     *
     * @return everything that was deleted, with the schedule before and after, to hand to
     *         {@link #restore} for undo; empty when there was no such attempt
     */
    public Optional<DeletedAttempt> delete(long id) {
        return db.inTransaction(c -> {
            Optional<StoredAttempt> deleted = StoredAttempts.read(c, FilterSql.forId(id)).stream().findFirst();
            if (deleted.isEmpty()) {
                return Optional.empty();
            }
            String questionId = deleted.get().attempt().questionId();
            ReviewState before = ScheduleRepository.find(c, questionId).orElse(null);
            Recording recording = RecordingRows.find(c, id).orElse(null);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM attempts WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            // An unscored attempt never moved the schedule, so taking it away does not either.
            ReviewState after = SelfScoreGrade.of(deleted.get().attempt().overall()).isPresent()
                    ? schedule.rebuild(c, questionId).orElse(null)
                    : before;
            if (recording != null) {
                recordings.moveToTrash(recording);
            }
            return Optional.of(new DeletedAttempt(deleted.get(), before, after, recording));
        });
    }

    /**
     * Puts a deleted attempt back exactly as it was: same id, scores, notes, follow-ups, stamps. Should
     * another attempt have taken the id meanwhile (SQLite reuses the highest id after a delete), it is
     * put back under a new id rather than lost.
     *
     * <p>The schedule goes back to the row it had before the delete, unless it changed since (the
     * question was practised in between): then it is replayed from all its attempts, the restored one
     * included, so the later practice is not undone with the delete.
     *
     * @return the id the attempt has now
     */
    public long restore(DeletedAttempt deleted) {
        Objects.requireNonNull(deleted, "deleted");
        return db.inTransaction(c -> {
            long id = StoredAttempts.insert(c, deleted.stored(), true);
            if (deleted.recording() != null) {
                Recording back = deleted.recording().withAttempt(id);
                RecordingRows.put(c, back, deleted.stored().createdAt());
                recordings.restoreFromTrash(deleted.recording());
            }
            String questionId = deleted.stored().attempt().questionId();
            ReviewState now = ScheduleRepository.find(c, questionId).orElse(null);
            if (Objects.equals(now, deleted.scheduleAfter())) {
                ScheduleRebuild.putBack(c, questionId, deleted.scheduleBefore());
            } else {
                schedule.rebuild(c, questionId);
            }
            return id;
        });
    }

    /** The undo of {@code deleted} is no longer offered: its recording's file is deleted for good. */
    public void forget(DeletedAttempt deleted) {
        if (deleted.recording() != null) {
            try {
                recordings.deleteFromTrash(deleted.recording());
            } catch (java.io.IOException e) {
                // Left for the start-up sweep of the corner.
                System.getLogger(AttemptRevisions.class.getName()).log(System.Logger.Level.WARNING,
                        "Could not delete a deleted attempt's recording: " + e.getMessage());
            }
        }
    }
}
