package org.emdrill.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The delivery figures of recorded spoken answers, for Progress's delivery trends: one row per attempt
 * whose recording has been analysed and holds speech, oldest first. Read from the {@code recordings}
 * table joined to its attempts; call from a background thread.
 */
public final class DeliveryTrendQueries {

    /** One analysed spoken answer. */
    public record SpokenDelivery(long attemptId, Instant finishedAt, double syllablesPerSecond, int pausesOver2s,
                                 double firstWordSeconds, double talkSeconds) {
    }

    private final Database db;

    public DeliveryTrendQueries(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * Analysed recordings that finished at or after {@code since}, oldest first. A recording with no speech
     * in it (talk time 0: the microphone was muted) says nothing about delivery and is left out.
     */
    public List<SpokenDelivery> since(Instant since) {
        return db.withConnection(c -> {
            List<SpokenDelivery> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT a.id, a.finished_at, r.syllables_per_second, r.pauses_over_2s, r.first_word_ms, r.talk_ms
                    FROM recordings r JOIN attempts a ON a.id = r.attempt_id
                    WHERE r.syllables_per_second IS NOT NULL AND r.pauses_over_2s IS NOT NULL
                      AND r.first_word_ms IS NOT NULL AND r.talk_ms > 0 AND a.finished_at >= ?
                    ORDER BY a.finished_at, a.id""")) {
                ps.setString(1, StoredValues.instant(since));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        // A hand-edited date that does not parse leaves the row out rather than the card.
                        var at = StoredValues.parseInstant(rs.getString(2));
                        if (at.isPresent()) {
                            rows.add(new SpokenDelivery(rs.getLong(1), at.get(), rs.getDouble(3), rs.getInt(4),
                                    rs.getLong(5) / 1000.0, rs.getLong(6) / 1000.0));
                        }
                    }
                }
            }
            return rows;
        });
    }
}
