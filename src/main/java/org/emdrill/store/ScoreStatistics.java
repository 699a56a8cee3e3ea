package org.emdrill.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumMap;
import java.util.Objects;
import java.util.Optional;
import org.emdrill.domain.Dimension;
import org.emdrill.practice.schedule.DimensionAverages;

/**
 * Self-score statistics computed in SQLite: sums and counts come back per dimension, so no attempt is
 * loaded into Java. Blocking; call from the background worker.
 */
public final class ScoreStatistics {

    private final Database db;

    public ScoreStatistics(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * Each dimension's mean over every saved attempt, practice and mock interview alike, with the
     * scores as they stand now (revised ones included). Attempts in a mode this version does not know
     * are left out, as everywhere else.
     */
    public DimensionAverages allAttempts() {
        return db.withConnection(c -> {
            EnumMap<Dimension, Long> sums = new EnumMap<>(Dimension.class);
            EnumMap<Dimension, Integer> counts = new EnumMap<>(Dimension.class);
            try (PreparedStatement ps = c.prepareStatement("SELECT s.dimension, SUM(s.score), COUNT(*)"
                    + " FROM attempt_scores s JOIN attempts a ON a.id = s.attempt_id"
                    + " WHERE " + FilterSql.KNOWN_MODE + " GROUP BY s.dimension");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Optional<Dimension> d = Dimension.fromId(rs.getString(1));
                    if (d.isPresent()) {
                        sums.put(d.get(), rs.getLong(2));
                        counts.put(d.get(), rs.getInt(3));
                    }
                }
            }
            return DimensionAverages.fromSums(sums, counts);
        });
    }
}
