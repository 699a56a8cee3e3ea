package org.emdrill.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.emdrill.domain.AnswerMode;

/**
 * The typed answers Progress analyses month by month: how many a stretch of time holds, and the text of
 * its newest few, a walk of the by-mode index that reads no more rows than it returns. So the analytics
 * cost the same however many answers a month holds. Blocking; run on the background worker.
 */
public final class TypedAnswerReads {

    /** Text with at least one character that is not white space (as {@link String#isBlank} has it, bar rare Unicode spaces). */
    private static final String HAS_TEXT = "a.answer_text GLOB '*[^ \t\n\r\f" + (char) 0x0B + "]*'";

    private final Database db;

    public TypedAnswerReads(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** How many typed answers with some text finished in [from, to). */
    public int count(Instant from, Instant to) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM attempts a WHERE a.mode = ?"
                    + " AND a.finished_at >= ? AND a.finished_at < ? AND " + HAS_TEXT)) {
                bind(ps, from, to);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /** The texts of the typed answers with some text that finished in [from, to), newest first, one page of them. */
    public List<String> newest(Instant from, Instant to, int limit, int offset) {
        return db.withConnection(c -> {
            List<String> texts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.answer_text FROM attempts a WHERE a.mode = ?"
                    + " AND a.finished_at >= ? AND a.finished_at < ? AND " + HAS_TEXT
                    + " ORDER BY a.finished_at DESC, a.id DESC LIMIT ? OFFSET ?")) {
                bind(ps, from, to);
                ps.setInt(4, limit);
                ps.setInt(5, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        texts.add(rs.getString(1));
                    }
                }
            }
            return texts;
        });
    }

    private static void bind(PreparedStatement ps, Instant from, Instant to) throws java.sql.SQLException {
        ps.setString(1, AnswerMode.TYPED.id());
        ps.setString(2, StoredValues.instant(from));
        ps.setString(3, StoredValues.instant(to));
    }
}
