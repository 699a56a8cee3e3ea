package org.emdrill.store;

import java.util.List;

/**
 * The schema history of {@code history.db}, oldest first. To change the schema, append a step with the
 * next version number; never edit a released step. See docs/decisions/0002-sqlite-schema-and-migrations.md.
 */
public final class Migrations {

    private Migrations() {
    }

    /** Every step the app knows, in order; the last one's version is the current schema version. */
    public static List<Migration> all() {
        return List.of(v1AttemptsAndScores());
    }

    public static int currentVersion() {
        List<Migration> all = all();
        return all.get(all.size() - 1).version();
    }

    /**
     * Attempts with their self-scores. Times are ISO-8601 UTC text with exactly three fraction digits,
     * so text order is time order; durations are whole milliseconds.
     */
    static Migration v1AttemptsAndScores() {
        return Migration.ofSql(1, "attempts and their scores",
                """
                CREATE TABLE attempts (
                    id             INTEGER PRIMARY KEY,
                    bank_id        TEXT    NOT NULL,
                    bank_title     TEXT    NOT NULL DEFAULT '',
                    question_id    TEXT    NOT NULL,
                    prompt         TEXT    NOT NULL,
                    mode           TEXT    NOT NULL,
                    prep_ms        INTEGER NOT NULL DEFAULT 0,
                    answer_ms      INTEGER NOT NULL DEFAULT 0,
                    target_seconds INTEGER NOT NULL,
                    answer_text    TEXT    NOT NULL DEFAULT '',
                    notes          TEXT    NOT NULL DEFAULT '',
                    overall        REAL    NULL,
                    star           TEXT    NOT NULL DEFAULT '',
                    started_at     TEXT    NOT NULL,
                    finished_at    TEXT    NOT NULL,
                    created_at     TEXT    NOT NULL
                )""",
                """
                CREATE TABLE attempt_scores (
                    attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
                    dimension  TEXT    NOT NULL,
                    score      INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
                    PRIMARY KEY (attempt_id, dimension)
                ) WITHOUT ROWID""",
                "CREATE INDEX attempts_newest_first ON attempts(finished_at DESC, id DESC)",
                "CREATE INDEX attempts_by_question ON attempts(question_id, finished_at DESC)");
    }
}
