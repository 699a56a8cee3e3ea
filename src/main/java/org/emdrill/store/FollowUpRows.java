package org.emdrill.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.emdrill.practice.FollowUpAnswer;

/**
 * The {@code attempt_followups} rows of one attempt. Both work on a connection the caller holds, so a
 * save can put the attempt and its follow-ups in one transaction.
 */
final class FollowUpRows {

    private FollowUpRows() {
    }

    static void insert(Connection c, long attemptId, List<FollowUpAnswer> followUps) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO attempt_followups"
                + " (attempt_id, position, prompt, answer_text, answer_ms) VALUES (?, ?, ?, ?, ?)")) {
            for (FollowUpAnswer f : followUps) {
                ps.setLong(1, attemptId);
                ps.setInt(2, f.position());
                ps.setString(3, f.prompt());
                ps.setString(4, f.answerText());
                ps.setLong(5, StoredValues.millis(f.answerDuration()));
                ps.executeUpdate();
            }
        }
    }

    /** The attempt's follow-up answers in position order; a row with a negative position is skipped. */
    static List<FollowUpAnswer> read(Connection c, long attemptId) throws SQLException {
        List<FollowUpAnswer> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT position, prompt, answer_text, answer_ms"
                + " FROM attempt_followups WHERE attempt_id = ? ORDER BY position")) {
            ps.setLong(1, attemptId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getInt(1) >= 0) {
                        list.add(new FollowUpAnswer(rs.getInt(1), rs.getString(2), rs.getString(3),
                                StoredValues.duration(rs.getLong(4))));
                    }
                }
            }
        }
        return list;
    }
}
