package org.emdrill.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.store.SessionRepository.QuestionRow;

/**
 * Reads the saved questions of one session for listing: scores and times without the answer text, in
 * one query joined with the scores rather than one query per attempt.
 */
final class SessionQuestionRows {

    private SessionQuestionRows() {
    }

    /** The session's saved questions in position order; out-of-range or unknown scores are left out. */
    static List<QuestionRow> read(Connection c, long sessionId) throws SQLException {
        Map<Long, QuestionRow> rows = new LinkedHashMap<>();
        Map<Long, EnumMap<Dimension, Integer>> scores = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.id, a.session_position, a.question_id, a.prompt, a.overall, a.answer_ms, a.target_seconds,
                       s.dimension, s.score
                FROM attempts a LEFT JOIN attempt_scores s ON s.attempt_id = a.id
                WHERE a.session_id = ?
                ORDER BY a.session_position, a.id""")) {
            ps.setLong(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long attemptId = rs.getLong(1);
                    if (!rows.containsKey(attemptId)) {
                        double overall = rs.getDouble(5);
                        Double overallOrNull = rs.wasNull() ? null : overall;
                        rows.put(attemptId, new QuestionRow(rs.getInt(2), attemptId, rs.getString(3), rs.getString(4),
                                Scores.none(), overallOrNull, StoredValues.duration(rs.getLong(6)), rs.getInt(7)));
                        scores.put(attemptId, new EnumMap<>(Dimension.class));
                    }
                    String dimension = rs.getString(8);
                    int score = rs.getInt(9);
                    if (dimension != null && score >= 1 && score <= 5) {
                        Dimension.fromId(dimension).ifPresent(d -> scores.get(attemptId).put(d, score));
                    }
                }
            }
        }
        List<QuestionRow> list = new ArrayList<>();
        rows.forEach((attemptId, r) -> list.add(new QuestionRow(r.position(), attemptId, r.questionId(), r.prompt(),
                new Scores(scores.get(attemptId)), r.overall(), r.answerDuration(), r.targetSeconds())));
        return list;
    }
}
