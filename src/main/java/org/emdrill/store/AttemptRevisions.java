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

/**
 * Changes to attempts after they were saved: revising the self-scores, STAR ticks and notes, and
 * deleting with undo.
 */
public final class AttemptRevisions {

    private final Database db;

    public AttemptRevisions(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * Replaces the scores, notes and STAR ticks of attempt {@code id}, recomputes its overall score with
     * {@code weights} (the question's dimension weights) and stamps {@code revised_at} with {@code when},
     * all in one transaction.
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
            return StoredAttempts.read(c, FilterSql.forId(id)).stream().findFirst().map(StoredAttempt::attempt);
        });
    }

    /**
     * Deletes attempt {@code id} with its scores and follow-ups.
     *
     * @return everything that was deleted, to hand to {@link #restore} for undo; empty when there was
     *         no such attempt
     */
    public Optional<StoredAttempt> delete(long id) {
        return db.inTransaction(c -> {
            Optional<StoredAttempt> deleted = StoredAttempts.read(c, FilterSql.forId(id)).stream().findFirst();
            if (deleted.isPresent()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM attempts WHERE id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
            }
            return deleted;
        });
    }

    /**
     * Puts a deleted attempt back exactly as it was: same id, scores, notes, follow-ups, stamps. Should
     * another attempt have taken the id meanwhile (SQLite reuses the highest id after a delete), it is
     * put back under a new id rather than lost.
     *
     * @return the id the attempt has now
     */
    public long restore(StoredAttempt deleted) {
        Objects.requireNonNull(deleted, "deleted");
        return db.inTransaction(c -> StoredAttempts.insert(c, deleted, true));
    }
}
