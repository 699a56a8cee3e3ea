package org.emdrill.store;

/**
 * Schema step 7: running totals for the Progress screen, kept by SQLite triggers on {@code attempts}
 * and {@code attempt_scores}, so every path that writes attempts (save, revise, delete, undo, import,
 * and any later one) keeps them right without knowing they exist. Progress then reads a few hundred
 * rows of totals instead of every attempt. See docs/decisions/0018-progress-statistics.md.
 *
 * <p>Each table keeps the attempt's mode as a key, so the queries can leave out modes this version
 * does not know, as every other query does. Rows whose count fell to 0 are removed.
 */
final class ProgressTotalsStep {

    private ProgressTotalsStep() {
    }

    private static final String OVER = "(%1$s.target_seconds > 0 AND %1$s.answer_ms > %1$s.target_seconds * 1000)";
    private static final String TIMED = "(%1$s.target_seconds > 0)";

    static Migration v7ProgressTotals() {
        return Migration.ofSql(7, "running totals for the Progress screen",
                """
                CREATE TABLE progress_scores (
                    bank_id   TEXT    NOT NULL,
                    mode      TEXT    NOT NULL,
                    dimension TEXT    NOT NULL,
                    n         INTEGER NOT NULL,
                    total     INTEGER NOT NULL,
                    PRIMARY KEY (bank_id, mode, dimension)
                ) WITHOUT ROWID""",
                """
                CREATE TABLE progress_questions (
                    question_id TEXT    NOT NULL,
                    bank_id     TEXT    NOT NULL,
                    mode        TEXT    NOT NULL,
                    n           INTEGER NOT NULL,
                    timed       INTEGER NOT NULL,
                    over_target INTEGER NOT NULL,
                    PRIMARY KEY (question_id, bank_id, mode)
                ) WITHOUT ROWID""",
                """
                CREATE TABLE progress_hours (
                    hour TEXT    NOT NULL,
                    mode TEXT    NOT NULL,
                    n    INTEGER NOT NULL,
                    PRIMARY KEY (hour, mode)
                ) WITHOUT ROWID""",
                "INSERT INTO progress_scores SELECT a.bank_id, a.mode, s.dimension, COUNT(*), SUM(s.score)"
                        + " FROM attempts a JOIN attempt_scores s ON s.attempt_id = a.id GROUP BY a.bank_id, a.mode, s.dimension",
                "INSERT INTO progress_questions SELECT a.question_id, a.bank_id, a.mode, COUNT(*), SUM" + f(TIMED, "a")
                        + ", SUM" + f(OVER, "a") + " FROM attempts a GROUP BY a.question_id, a.bank_id, a.mode",
                "INSERT INTO progress_hours SELECT substr(a.finished_at, 1, 13), a.mode, COUNT(*) FROM attempts a"
                        + " GROUP BY substr(a.finished_at, 1, 13), a.mode",
                "CREATE TRIGGER progress_attempt_added AFTER INSERT ON attempts BEGIN " + added("new") + " END",
                // BEFORE: the scores are still there to subtract; a cascade deletes them after, when the
                // attempt can no longer be found, so the scores' own trigger then leaves the totals alone.
                "CREATE TRIGGER progress_attempt_removed BEFORE DELETE ON attempts BEGIN " + removed("old")
                        + removedScores("old", "old.id") + " END",
                "CREATE TRIGGER progress_attempt_changed AFTER UPDATE OF question_id, bank_id, mode, finished_at,"
                        + " answer_ms, target_seconds ON attempts BEGIN " + removed("old") + added("new") + " END",
                "CREATE TRIGGER progress_attempt_moved AFTER UPDATE OF bank_id, mode ON attempts"
                        + " WHEN old.bank_id IS NOT new.bank_id OR old.mode IS NOT new.mode BEGIN "
                        + removedScores("old", "new.id")
                        + " INSERT INTO progress_scores (bank_id, mode, dimension, n, total)"
                        + " SELECT new.bank_id, new.mode, s.dimension, 1, s.score FROM attempt_scores s WHERE s.attempt_id = new.id"
                        + " ON CONFLICT (bank_id, mode, dimension) DO UPDATE SET n = n + 1, total = total + excluded.total; END",
                "CREATE TRIGGER progress_score_added AFTER INSERT ON attempt_scores BEGIN " + scoreAdded("new") + " END",
                "CREATE TRIGGER progress_score_removed AFTER DELETE ON attempt_scores BEGIN " + scoreRemoved("old") + " END",
                "CREATE TRIGGER progress_score_changed AFTER UPDATE ON attempt_scores BEGIN " + scoreRemoved("old")
                        + scoreAdded("new") + " END");
    }

    private static String f(String template, String row) {
        return String.format(template, row);
    }

    private static String added(String r) {
        return " INSERT INTO progress_questions (question_id, bank_id, mode, n, timed, over_target) VALUES (" + r
                + ".question_id, " + r + ".bank_id, " + r + ".mode, 1, " + f(TIMED, r) + ", " + f(OVER, r) + ")"
                + " ON CONFLICT (question_id, bank_id, mode) DO UPDATE SET n = n + 1, timed = timed + excluded.timed,"
                + " over_target = over_target + excluded.over_target;"
                + " INSERT INTO progress_hours (hour, mode, n) VALUES (substr(" + r + ".finished_at, 1, 13), " + r + ".mode, 1)"
                + " ON CONFLICT (hour, mode) DO UPDATE SET n = n + 1;";
    }

    private static String removed(String r) {
        String question = " WHERE question_id = " + r + ".question_id AND bank_id = " + r + ".bank_id AND mode = " + r + ".mode";
        String hour = " WHERE hour = substr(" + r + ".finished_at, 1, 13) AND mode = " + r + ".mode";
        return " UPDATE progress_questions SET n = n - 1, timed = timed - " + f(TIMED, r) + ", over_target = over_target - "
                + f(OVER, r) + question + ";"
                + " DELETE FROM progress_questions" + question + " AND n <= 0;"
                + " UPDATE progress_hours SET n = n - 1" + hour + ";"
                + " DELETE FROM progress_hours" + hour + " AND n <= 0;";
    }

    /** Takes the scores of attempt {@code id} off the totals of the bank and mode in {@code r}. */
    private static String removedScores(String r, String id) {
        String where = " WHERE bank_id = " + r + ".bank_id AND mode = " + r + ".mode";
        return " UPDATE progress_scores SET n = n - 1, total = total - (SELECT s.score FROM attempt_scores s"
                + " WHERE s.attempt_id = " + id + " AND s.dimension = progress_scores.dimension)" + where
                + " AND dimension IN (SELECT s.dimension FROM attempt_scores s WHERE s.attempt_id = " + id + ");"
                + " DELETE FROM progress_scores" + where + " AND n <= 0;";
    }

    private static String scoreAdded(String r) {
        return " INSERT INTO progress_scores (bank_id, mode, dimension, n, total) SELECT a.bank_id, a.mode, "
                + r + ".dimension, 1, " + r + ".score FROM attempts a WHERE a.id = " + r + ".attempt_id"
                + " ON CONFLICT (bank_id, mode, dimension) DO UPDATE SET n = n + 1, total = total + excluded.total;";
    }

    /** Nothing happens when the attempt is gone: its delete took its scores off already. */
    private static String scoreRemoved(String r) {
        String where = " WHERE dimension = " + r + ".dimension AND (bank_id, mode) IN (SELECT a.bank_id, a.mode"
                + " FROM attempts a WHERE a.id = " + r + ".attempt_id)";
        return " UPDATE progress_scores SET n = n - 1, total = total - " + r + ".score" + where + ";"
                + " DELETE FROM progress_scores" + where + " AND n <= 0;";
    }
}
