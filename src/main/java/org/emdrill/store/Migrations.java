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
        return List.of(v1AttemptsAndScores(), v2SessionsScheduleAndRevisions(), v3MockInterviewNames(),
                v4AttemptsByMode(), v5Stories(), v6Recordings(),
                ProgressTotalsStep.v7ProgressTotals(), SignalTickRows.v8SignalTicks(), v9UnmeasurableRecordings());
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

    /**
     * Mock-interview sessions grouping attempts, timed follow-up answers, the spaced-practice schedule,
     * saved drill presets, and a revision stamp on attempts whose scores or notes were changed later.
     */
    static Migration v2SessionsScheduleAndRevisions() {
        return Migration.ofSql(2, "mock interview sessions, follow-up answers, review schedule, presets, revisions",
                """
                CREATE TABLE drill_sessions (
                    id          INTEGER PRIMARY KEY,
                    kind        TEXT    NOT NULL DEFAULT 'mock',
                    preset      TEXT    NOT NULL DEFAULT '',
                    config_json TEXT    NOT NULL DEFAULT '{}',
                    state       TEXT    NOT NULL DEFAULT 'running',
                    started_at  TEXT    NOT NULL,
                    finished_at TEXT    NULL,
                    total_ms    INTEGER NOT NULL DEFAULT 0
                )""",
                "ALTER TABLE attempts ADD COLUMN session_id INTEGER NULL REFERENCES drill_sessions(id) ON DELETE SET NULL",
                "ALTER TABLE attempts ADD COLUMN session_position INTEGER NULL",
                "ALTER TABLE attempts ADD COLUMN revised_at TEXT NULL",
                "CREATE INDEX attempts_by_session ON attempts(session_id, session_position)",
                """
                CREATE TABLE attempt_followups (
                    attempt_id  INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
                    position    INTEGER NOT NULL,
                    prompt      TEXT    NOT NULL,
                    answer_text TEXT    NOT NULL DEFAULT '',
                    answer_ms   INTEGER NOT NULL DEFAULT 0,
                    PRIMARY KEY (attempt_id, position)
                ) WITHOUT ROWID""",
                """
                CREATE TABLE review_schedule (
                    question_id      TEXT    PRIMARY KEY,
                    bank_id          TEXT    NOT NULL,
                    ease             REAL    NOT NULL,
                    interval_days    REAL    NOT NULL,
                    repetitions      INTEGER NOT NULL DEFAULT 0,
                    lapses           INTEGER NOT NULL DEFAULT 0,
                    learning_step    INTEGER NOT NULL DEFAULT 0,
                    leech            INTEGER NOT NULL DEFAULT 0,
                    due_at           TEXT    NOT NULL,
                    last_reviewed_at TEXT    NULL
                )""",
                "CREATE INDEX review_schedule_due ON review_schedule(due_at)",
                """
                CREATE TABLE drill_presets (
                    id          INTEGER PRIMARY KEY,
                    name        TEXT    NOT NULL UNIQUE,
                    config_json TEXT    NOT NULL
                )""");
    }

    /**
     * One word for one thing: the tables of mock interviews are named for them. SQLite's RENAME also
     * rewrites the foreign key in {@code attempts} that points at the sessions table.
     */
    static Migration v3MockInterviewNames() {
        return Migration.ofSql(3, "mock interview tables named for mock interviews",
                "ALTER TABLE drill_sessions RENAME TO mock_interviews",
                "ALTER TABLE drill_presets RENAME TO mock_interview_presets");
    }

    /**
     * An index by mode, in time order. Every query keeps to the modes this version knows, and a
     * history filtered by mode is common; without it, counting them reads every row with its answer
     * text (about 1 s at 100,000 attempts), with it the count reads the index alone.
     */
    static Migration v4AttemptsByMode() {
        return Migration.ofSql(4, "an index of attempts by mode",
                "CREATE INDEX attempts_by_mode ON attempts(mode, finished_at DESC, id DESC)");
    }

    /**
     * The user's prepared stories, what each is linked to (dimensions, questions, banks; one row per
     * link so the matrix is a plain count), and on an attempt the story told in it. Story ids are UUID
     * text so an export imported again finds the same story. Deleting a story unlinks its attempts.
     */
    static Migration v5Stories() {
        return Migration.ofSql(5, "stories and the story told in an attempt",
                """
                CREATE TABLE stories (
                    id          TEXT PRIMARY KEY,
                    title       TEXT NOT NULL DEFAULT '',
                    situation   TEXT NOT NULL DEFAULT '',
                    task        TEXT NOT NULL DEFAULT '',
                    action      TEXT NOT NULL DEFAULT '',
                    result      TEXT NOT NULL DEFAULT '',
                    reflection  TEXT NOT NULL DEFAULT '',
                    rough_date  TEXT NOT NULL DEFAULT '',
                    role        TEXT NOT NULL DEFAULT '',
                    numbers     TEXT NOT NULL DEFAULT '',
                    tags        TEXT NOT NULL DEFAULT '',
                    created_at  TEXT NOT NULL,
                    updated_at  TEXT NOT NULL
                )""",
                """
                CREATE TABLE story_links (
                    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
                    kind     TEXT NOT NULL CHECK (kind IN ('dimension', 'question', 'bank')),
                    target   TEXT NOT NULL,
                    PRIMARY KEY (story_id, kind, target)
                ) WITHOUT ROWID""",
                "ALTER TABLE attempts ADD COLUMN story_id TEXT NULL REFERENCES stories(id) ON DELETE SET NULL",
                "CREATE INDEX attempts_by_story ON attempts(story_id)");
    }

    /**
     * A spoken answer's recording: one WAV file per attempt under the data folder's {@code recordings/},
     * named by its path relative to that folder (so the data folder can move), with the delivery
     * figures measured from it. The figures are null until the recording has been analysed; pauses are
     * {@code start-end} pairs in milliseconds, separated by commas. Deleting the attempt deletes the row.
     */
    static Migration v6Recordings() {
        return Migration.ofSql(6, "recordings of spoken answers and their delivery figures",
                """
                CREATE TABLE recordings (
                    attempt_id           INTEGER PRIMARY KEY REFERENCES attempts(id) ON DELETE CASCADE,
                    file                 TEXT    NOT NULL,
                    duration_ms          INTEGER NOT NULL,
                    talk_ms              INTEGER NULL,
                    first_word_ms        INTEGER NULL,
                    pauses_over_2s       INTEGER NULL,
                    longest_pause_ms     INTEGER NULL,
                    syllables_per_second REAL    NULL,
                    pauses               TEXT    NOT NULL DEFAULT '',
                    created_at           TEXT    NOT NULL
                )""");
    }

    /**
     * When measuring a recording without delivery figures in the background found its file missing or
     * unreadable, so it is not tried again at every start (History still tries when the attempt is opened).
     * A recording attached anew replaces its row, and so starts without a mark.
     */
    static Migration v9UnmeasurableRecordings() {
        return Migration.ofSql(9, "recordings that could not be measured",
                "ALTER TABLE recordings ADD COLUMN unmeasurable_at TEXT NULL");
    }
}
