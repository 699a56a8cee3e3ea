package org.emdrill.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;

/** Attempts and raw-SQL helpers shared by the store tests. */
final class SampleAttempts {

    private SampleAttempts() {
    }

    /** An attempt with every field set to a distinct, non-default value. */
    static Attempt full() {
        Instant started = Instant.parse("2024-04-30T18:02:03.456Z");
        return new Attempt(0, "underperformers", "Handling underperforming engineers",
                "underperformers-first-conversation",
                "Tell me about the first conversation you had with an engineer whose work had slipped.",
                AnswerMode.SPOKEN, Duration.ofMillis(30_250), Duration.ofMillis(142_789), 150,
                "I started by asking what they saw — “facts first”.\nThen we agreed on next steps.",
                "Talk less about the plan, more about the outcome.",
                new Scores(Map.of(Dimension.COACHING, 4, Dimension.LEADERSHIP, 3, Dimension.EXECUTION, 5)),
                EnumSet.of(StarElement.SITUATION, StarElement.ACTION, StarElement.RESULT),
                3.833333333333333, started, started.plusMillis(173_039));
    }

    /** A minimal attempt finishing at {@code finishedAt}, with one score. */
    static Attempt finishedAt(Instant finishedAt, String questionId) {
        return new Attempt(0, "bank", "Bank", questionId, "Prompt for " + questionId, AnswerMode.TYPED,
                Duration.ZERO, Duration.ofSeconds(90), 120, "answer", "", Scores.none().with(Dimension.COACHING, 3),
                EnumSet.noneOf(StarElement.class), 3.0, finishedAt.minusSeconds(120), finishedAt);
    }

    static int scalar(Database db, String sql) {
        return db.withConnection(c -> scalar(c, sql));
    }

    static int scalar(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }

    static String text(Database db, String sql) {
        return db.withConnection(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    static void execute(Database db, String sql) {
        db.withConnection(c -> {
            try (Statement st = c.createStatement()) {
                st.execute(sql);
            }
            return null;
        });
    }
}
