package org.emdrill.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.emdrill.domain.SignalTicks;

/**
 * The signals and red flags ticked in an attempt ({@code attempt_signal_ticks}, schema step 8): one row
 * per tick with its kind, its place among the ticks of that kind and its words. Kinds this version does
 * not know are skipped on reading, as unknown enum ids are everywhere in the store.
 */
public final class SignalTickRows {

    static final String SIGNAL = "signal";
    static final String RED_FLAG = "red-flag";

    private final Database db;

    public SignalTickRows(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** The ticks saved with one attempt; {@link SignalTicks#NONE} when there are none. */
    public SignalTicks of(long attemptId) {
        return db.withConnection(c -> read(c, FilterSql.forId(attemptId)).getOrDefault(attemptId, SignalTicks.NONE));
    }

    /** Writes the ticks of a new attempt, inside the caller's transaction. */
    static void insert(Connection c, long attemptId, SignalTicks ticks) throws SQLException {
        if (ticks == null || ticks.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO attempt_signal_ticks (attempt_id, kind, position, text) VALUES (?, ?, ?, ?)")) {
            add(ps, attemptId, SIGNAL, ticks.signals());
            add(ps, attemptId, RED_FLAG, ticks.redFlags());
        }
    }

    private static void add(PreparedStatement ps, long attemptId, String kind, List<String> texts) throws SQLException {
        for (int i = 0; i < texts.size(); i++) {
            ps.setLong(1, attemptId);
            ps.setString(2, kind);
            ps.setInt(3, i);
            ps.setString(4, texts.get(i));
            ps.executeUpdate();
        }
    }

    /** The ticks of every attempt matching {@code filter}, by attempt id; attempts without ticks are absent. */
    static Map<Long, SignalTicks> read(Connection c, FilterSql filter) throws SQLException {
        Map<Long, List<String>> signals = new HashMap<>();
        Map<Long, List<String>> redFlags = new HashMap<>();
        String sql = "SELECT t.attempt_id, t.kind, t.text FROM attempt_signal_ticks t"
                + " WHERE t.attempt_id IN (SELECT a.id FROM attempts a WHERE " + filter.where() + ")"
                + " ORDER BY t.attempt_id, t.kind, t.position";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            filter.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String kind = rs.getString(2);
                    if (SIGNAL.equals(kind)) {
                        signals.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getString(3));
                    } else if (RED_FLAG.equals(kind)) {
                        redFlags.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getString(3));
                    }
                }
            }
        }
        Map<Long, SignalTicks> result = new HashMap<>();
        signals.keySet().forEach(id -> result.put(id, null));
        redFlags.keySet().forEach(id -> result.put(id, null));
        result.replaceAll((id, none) -> new SignalTicks(signals.getOrDefault(id, List.of()),
                redFlags.getOrDefault(id, List.of())));
        return result;
    }

    /**
     * Schema step 8: the ticks of each attempt. No {@code CHECK} on the kind, so a later kind needs no
     * table rebuild; this version skips kinds it does not know. Deleting the attempt deletes its ticks.
     */
    static Migration v8SignalTicks() {
        return Migration.ofSql(8, "signals and red flags ticked while scoring",
                """
                CREATE TABLE attempt_signal_ticks (
                    attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
                    kind       TEXT    NOT NULL,
                    position   INTEGER NOT NULL,
                    text       TEXT    NOT NULL,
                    PRIMARY KEY (attempt_id, kind, position)
                ) WITHOUT ROWID""");
    }
}
