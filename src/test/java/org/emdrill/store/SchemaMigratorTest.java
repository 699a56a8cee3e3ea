package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaMigratorTest {

    @TempDir
    Path dir;

    /**
     * A database as an earlier EM Drill left it, with representative data, and what must still be
     * readable after upgrading. When a schema version is added, add a fixture for the version before it.
     */
    record EarlierVersion(int version, Consumer<Database> fill, Consumer<Database> check) {
        @Override
        public String toString() {
            return "from v" + version;
        }
    }

    static Stream<EarlierVersion> earlierVersions() {
        return Stream.of(
                // v0 is the state before any schema: a file SQLite created but nothing else.
                new EarlierVersion(0, db -> { }, db -> assertEquals(0, attempts(db).count())),
                // v1 had attempts and scores only; they must survive the move to sessions and schedules.
                // Written with v1's own columns, as the app of that version wrote them.
                new EarlierVersion(1, db -> {
                    SampleAttempts.execute(db, "INSERT INTO attempts (id, bank_id, bank_title, question_id, prompt, mode,"
                            + " prep_ms, answer_ms, target_seconds, answer_text, notes, overall, star, started_at,"
                            + " finished_at, created_at) VALUES (7, 'b', 'Bank', 'q', 'Prompt?', 'typed', 1000, 95000,"
                            + " 150, 'my answer', 'a note', 3.5, 'situation,action', '2025-01-02T03:04:05.000Z',"
                            + " '2025-01-02T03:06:00.000Z', '2025-01-02T03:06:01.000Z')");
                    SampleAttempts.execute(db, "INSERT INTO attempt_scores VALUES (7, 'coaching', 4)");
                }, db -> {
                    var repo = attempts(db);
                    assertEquals(1, repo.count());
                    var a = repo.find(7).orElseThrow();
                    assertEquals("my answer", a.answerText());
                    assertEquals(4, a.scores().of(org.emdrill.domain.Dimension.COACHING).orElseThrow());
                    assertEquals(3.5, a.overall());
                }),
                // v2 added mock-interview sessions (then drill_sessions), follow-ups, the schedule and presets;
                // v3 renamed the session tables. The link from an attempt to its session must survive.
                new EarlierVersion(2, db -> {
                    SampleAttempts.execute(db, "INSERT INTO drill_sessions (id, kind, preset, config_json, state,"
                            + " started_at, finished_at, total_ms) VALUES (3, 'mock', 'Full loop', '{}', 'finished',"
                            + " '2025-02-01T10:00:00.000Z', '2025-02-01T10:20:00.000Z', 1200000)");
                    SampleAttempts.execute(db, "INSERT INTO attempts (id, bank_id, bank_title, question_id, prompt, mode,"
                            + " prep_ms, answer_ms, target_seconds, answer_text, notes, overall, star, started_at,"
                            + " finished_at, created_at, session_id, session_position) VALUES (9, 'b', 'Bank', 'q',"
                            + " 'Prompt?', 'spoken', 0, 120000, 150, '', 'n', 4.0, '', '2025-02-01T10:01:00.000Z',"
                            + " '2025-02-01T10:03:00.000Z', '2025-02-01T10:03:01.000Z', 3, 0)");
                    SampleAttempts.execute(db, "INSERT INTO attempt_scores VALUES (9, 'execution', 4)");
                    SampleAttempts.execute(db, "INSERT INTO attempt_followups VALUES (9, 0, 'Why?', 'because', 30000)");
                    SampleAttempts.execute(db, "INSERT INTO drill_presets (name, config_json) VALUES ('Mine', '{}')");
                }, db -> {
                    var detail = new SessionRepository(db, new TestClock()).find(3).orElseThrow();
                    assertEquals("Full loop", detail.session().preset());
                    assertEquals(1, detail.attempts().size());
                    assertEquals(9, detail.attempts().get(0).attempt().id());
                    assertEquals("because", detail.attempts().get(0).followUps().get(0).answerText());
                    assertEquals(java.util.List.of("Mine"), new PresetRepository(db).all().stream().map(p -> p.name()).toList());
                    // The foreign key follows the renamed table: deleting the session unlinks its attempt.
                    new SessionRepository(db, new TestClock()).delete(3);
                    assertEquals(1, attempts(db).count());
                }),
                // v3 named the mock-interview tables; v4 only adds an index. A revised attempt stays readable.
                new EarlierVersion(3, db -> {
                    SampleAttempts.execute(db, "INSERT INTO attempts (id, bank_id, bank_title, question_id, prompt, mode,"
                            + " prep_ms, answer_ms, target_seconds, answer_text, notes, overall, star, started_at,"
                            + " finished_at, created_at, revised_at) VALUES (9, 'b', 'Bank', 'q', 'Prompt?', 'spoken', 0,"
                            + " 80000, 120, '', '', NULL, '', '2025-02-02T03:04:05.000Z', '2025-02-02T03:06:00.000Z',"
                            + " '2025-02-02T03:06:01.000Z', '2025-02-03T08:00:00.000Z')");
                }, db -> {
                    var repo = attempts(db);
                    assertEquals(1, repo.count());
                    assertEquals(org.emdrill.domain.AnswerMode.SPOKEN, repo.find(9).orElseThrow().mode());
                    assertEquals(9, repo.listNewestFirst(10, 0).get(0).id());
                }),
                // v4 added an index by mode; v5 adds stories and the story told in an attempt. An attempt
                // from before stories told none, and can be linked to a new story afterwards.
                new EarlierVersion(4, db -> {
                    SampleAttempts.execute(db, "INSERT INTO attempts (id, bank_id, bank_title, question_id, prompt, mode,"
                            + " prep_ms, answer_ms, target_seconds, answer_text, notes, overall, star, started_at,"
                            + " finished_at, created_at) VALUES (11, 'b', 'Bank', 'q', 'Prompt?', 'typed', 0,"
                            + " 80000, 120, 'typed answer', '', 4.0, '', '2025-03-02T03:04:05.000Z',"
                            + " '2025-03-02T03:06:00.000Z', '2025-03-02T03:06:01.000Z')");
                    SampleAttempts.execute(db, "INSERT INTO attempt_scores VALUES (11, 'execution', 4)");
                }, db -> {
                    assertEquals("typed answer", attempts(db).find(11).orElseThrow().answerText());
                    var stories = new StoryRepository(db);
                    assertEquals(java.util.Optional.empty(), stories.storyOfAttempt(11));
                    assertEquals(List.of(), stories.all());
                    var story = org.emdrill.stories.Story.blank(java.time.Instant.parse("2025-04-01T00:00:00Z"))
                            .withLinks(java.util.Set.of(org.emdrill.domain.Dimension.EXECUTION), java.util.Set.of("q"),
                                    java.util.Set.of(), java.time.Instant.parse("2025-04-01T00:00:00Z"));
                    assertTrue(stories.save(story));
                    stories.setStoryOfAttempt(11, story.id());
                    assertEquals(java.util.Optional.of(story.id()), stories.storyOfAttempt(11));
                    assertEquals(1, stories.tellings().size());
                    assertEquals(java.util.Map.of(org.emdrill.domain.Dimension.EXECUTION, 4),
                            stories.tellings().get(0).scores());
                }),
                // v6 adds recordings: a spoken attempt from before gains a place for its recording.
                beforeRecordings(5),
                // v7 adds Progress's running totals: they start from the attempts already there.
                new EarlierVersion(6, db -> {
                    SampleAttempts.execute(db, "INSERT INTO attempts (id, bank_id, bank_title, question_id, prompt, mode,"
                            + " prep_ms, answer_ms, target_seconds, answer_text, notes, overall, star, started_at,"
                            + " finished_at, created_at) VALUES (12, 'b', 'Bank', 'q', 'Prompt?', 'typed', 0,"
                            + " 130000, 120, 'typed answer', '', 4.0, '', '2025-03-02T03:04:05.000Z',"
                            + " '2025-03-02T03:06:00.000Z', '2025-03-02T03:06:01.000Z')");
                    SampleAttempts.execute(db, "INSERT INTO attempt_scores VALUES (12, 'execution', 4)");
                }, db -> {
                    var q = new ProgressQueries(db);
                    assertEquals(1, q.totals(java.time.Instant.parse("2026-01-01T00:00:00Z")).attempts());
                    assertEquals(java.util.Map.of("q", 1), q.attemptsPerQuestion());
                    assertEquals(java.util.Map.of(org.emdrill.domain.Dimension.EXECUTION, 4L), q.bankScores().get(0).sums());
                    assertEquals(1, q.timing(5, java.time.Instant.parse("2026-01-01T00:00:00Z")).overTarget());
                    SampleAttempts.execute(db, "DELETE FROM attempts WHERE id = 12");
                    assertEquals(0, q.totals(java.time.Instant.parse("2026-01-01T00:00:00Z")).attempts());
                    assertEquals(List.of(), q.bankScores(), "the totals follow a delete");
                }),
                // v8 adds the signals and red flags ticked while scoring: an attempt from before ticked none,
                // and a new one keeps its ticks through the recorder's transaction and goes with its attempt.
                new EarlierVersion(7, db -> {
                    SampleAttempts.execute(db, "INSERT INTO attempts (id, bank_id, bank_title, question_id, prompt, mode,"
                            + " prep_ms, answer_ms, target_seconds, answer_text, notes, overall, star, started_at,"
                            + " finished_at, created_at) VALUES (13, 'b', 'Bank', 'q', 'Prompt?', 'typed', 0,"
                            + " 100000, 120, 'before ticks', '', 3.0, 'action', '2025-04-02T03:04:05.000Z',"
                            + " '2025-04-02T03:06:00.000Z', '2025-04-02T03:06:01.000Z')");
                    SampleAttempts.execute(db, "INSERT INTO attempt_scores VALUES (13, 'coaching', 3)");
                }, db -> {
                    var ticks = new SignalTickRows(db);
                    assertEquals(org.emdrill.domain.SignalTicks.NONE, ticks.of(13));
                    assertEquals("before ticks", attempts(db).find(13).orElseThrow().answerText());
                    var recorder = new AttemptRecorder(db, new org.emdrill.practice.schedule.Sm2Scheduler(
                            org.emdrill.practice.schedule.Sm2Settings.defaults(),
                            org.emdrill.practice.schedule.StudyDay.in(java.time.ZoneOffset.UTC), new TestClock()),
                            new TestClock());
                    var ticked = new org.emdrill.domain.SignalTicks(List.of("Names the goal"), List.of("Blames the team"));
                    long id = recorder.record(SampleAttempts.full(), AttemptRecorder.Placement.PRACTICE, List.of(), null,
                            null, ticked, null);
                    assertEquals(ticked, ticks.of(id));
                    assertEquals(ticked, new StoredAttempts(db).find(id).orElseThrow().ticks());
                    SampleAttempts.execute(db, "DELETE FROM attempts WHERE id = " + id);
                    assertEquals(0, SampleAttempts.scalar(db, "SELECT COUNT(*) FROM attempt_signal_ticks"),
                            "the ticks go with their attempt");
                }),
                // v9 marks recordings the background measuring could not read: one from before is unmarked, so
                // it is tried once, and a missing file is then marked rather than tried at every start.
                new EarlierVersion(8, db -> {
                    SampleAttempts.execute(db, "INSERT INTO attempts (id, bank_id, bank_title, question_id, prompt, mode,"
                            + " prep_ms, answer_ms, target_seconds, answer_text, notes, overall, star, started_at,"
                            + " finished_at, created_at) VALUES (14, 'b', 'Bank', 'q', 'Prompt?', 'spoken', 0,"
                            + " 90000, 120, '', '', NULL, '', '2025-05-02T03:04:05.000Z',"
                            + " '2025-05-02T03:06:00.000Z', '2025-05-02T03:06:01.000Z')");
                    SampleAttempts.execute(db, "INSERT INTO recordings (attempt_id, file, duration_ms, created_at)"
                            + " VALUES (14, 'never-measured.wav', 90000, '2025-05-02T03:06:01.000Z')");
                }, db -> {
                    var pending = new org.emdrill.store.recording.PendingFigures(db,
                            new org.emdrill.store.recording.RecordingFolder(db.file().resolveSibling("recordings")),
                            new TestClock());
                    assertEquals(new org.emdrill.store.recording.PendingFigures.Outcome(0, 1, false), pending.measureSome(5));
                    assertEquals(new org.emdrill.store.recording.PendingFigures.Outcome(0, 0, false), pending.measureSome(5));
                    assertEquals(1, SampleAttempts.scalar(db, "SELECT COUNT(*) FROM recordings WHERE attempt_id = 14"
                            + " AND unmeasurable_at IS NOT NULL"), "kept, and marked");
                }));
    }

    private static EarlierVersion beforeRecordings(int version) {
        return new EarlierVersion(version, db -> SampleAttempts.execute(db, "INSERT INTO attempts (id, bank_id,"
                + " bank_title, question_id, prompt, mode, prep_ms, answer_ms, target_seconds, answer_text, notes,"
                + " overall, star, started_at, finished_at, created_at) VALUES (11, 'b', 'Bank', 'q', 'Prompt?',"
                + " 'spoken', 0, 80000, 120, '', '', NULL, '', '2025-03-02T03:04:05.000Z',"
                + " '2025-03-02T03:06:00.000Z', '2025-03-02T03:06:01.000Z')"), db -> {
                    assertEquals(1, attempts(db).count());
                    assertEquals(0, SampleAttempts.scalar(db, "SELECT COUNT(*) FROM recordings"));
                    SampleAttempts.execute(db, "INSERT INTO recordings (attempt_id, file, duration_ms, created_at)"
                            + " VALUES (11, 'a.wav', 80000, '2025-03-02T03:06:01.000Z')");
                    SampleAttempts.execute(db, "DELETE FROM attempts WHERE id = 11");
                    assertEquals(0, SampleAttempts.scalar(db, "SELECT COUNT(*) FROM recordings"),
                            "a recording row goes with its attempt");
                });
    }

    private static AttemptRepository attempts(Database db) {
        return new AttemptRepository(db, new TestClock());
    }

    @Test
    void everyEarlierVersionHasAFixture() {
        List<Integer> covered = earlierVersions().map(EarlierVersion::version).sorted().collect(Collectors.toList());
        List<Integer> earlier = IntStream.range(0, Migrations.currentVersion()).boxed().collect(Collectors.toList());
        assertEquals(earlier, covered);
    }

    @ParameterizedTest
    @MethodSource("earlierVersions")
    void upgradesAnEarlierVersionAndKeepsItsData(EarlierVersion earlier) {
        Path file = dir.resolve("history.db");
        try (Database db = Database.open(file)) {
            if (earlier.version() > 0) {
                new SchemaMigrator(Migrations.all().subList(0, earlier.version())).migrate(db);
            }
            earlier.fill().accept(db);
        }
        try (Database db = Database.open(file)) {
            MigrationResult result = SchemaMigrator.standard().migrate(db);

            assertEquals(earlier.version(), result.foundVersion());
            assertEquals(Migrations.currentVersion(), result.versionNow());
            assertEquals(Migrations.currentVersion(), SampleAttempts.scalar(db, "PRAGMA user_version"));
            earlier.check().accept(db);
        }
    }

    @Test
    void createsTheSchemaInAZeroByteFile() throws Exception {
        Path file = dir.resolve("history.db");
        Files.write(file, new byte[0]);
        try (Database db = Database.open(file)) {
            MigrationResult result = SchemaMigrator.standard().migrate(db);

            assertTrue(result.migrated());
            assertEquals(List.of("attempt_followups", "attempt_scores", "attempt_signal_ticks", "attempts", "mock_interview_presets", "mock_interviews",
                    "progress_hours", "progress_questions", "progress_scores", "recordings", "review_schedule", "stories", "story_links"), names(db, "table"));
            assertEquals(List.of("attempts_by_mode", "attempts_by_question", "attempts_by_session", "attempts_by_story",
                    "attempts_newest_first", "review_schedule_due"), names(db, "index"));
        }
    }

    @Test
    void runningAgainOnACurrentDatabaseChangesNothing() {
        try (Database db = Database.open(dir.resolve("history.db"))) {
            SchemaMigrator.standard().migrate(db);
            MigrationResult again = SchemaMigrator.standard().migrate(db);

            assertFalse(again.migrated());
            assertEquals("", again.message());
        }
    }

    @Test
    void refusesADatabaseFromANewerAppAndLeavesItAlone() {
        try (Database db = Database.open(dir.resolve("history.db"))) {
            SampleAttempts.execute(db, "CREATE TABLE from_the_future (x TEXT)");
            SampleAttempts.execute(db, "PRAGMA user_version = 42");

            MigrationResult result = SchemaMigrator.standard().migrate(db);

            assertTrue(result.madeByNewerApp());
            assertTrue(result.message().contains("made by a newer EM Drill"), result.message());
            assertEquals(42, SampleAttempts.scalar(db, "PRAGMA user_version"));
            assertEquals(List.of("from_the_future"), names(db, "table"));
        }
    }

    @Test
    void aFailingStepLeavesTheDatabaseAtThePreviousVersion() {
        Migration broken = Migration.ofSql(2, "half done",
                "CREATE TABLE sessions (id INTEGER PRIMARY KEY)",
                "ALTER TABLE no_such_table ADD COLUMN x TEXT");
        try (Database db = Database.open(dir.resolve("history.db"))) {
            SchemaMigrator migrator = new SchemaMigrator(List.of(Migrations.all().get(0), broken));

            assertThrows(StoreException.class, () -> migrator.migrate(db));

            assertEquals(1, SampleAttempts.scalar(db, "PRAGMA user_version"));
            assertFalse(names(db, "table").contains("sessions"), "step 2 was rolled back");
            assertTrue(names(db, "table").contains("attempts"), "step 1 stays committed");
        }
    }

    @Test
    void runsTheBeforeHookOnlyForADatabaseThatAlreadyHasASchema() {
        int now = Migrations.currentVersion();
        Migration next = Migration.ofSql(now + 1, "extra", "CREATE TABLE extra (id INTEGER PRIMARY KEY)");
        List<Migration> withNext = new ArrayList<>(Migrations.all());
        withNext.add(next);
        List<String> calls = new ArrayList<>();
        try (Database db = Database.open(dir.resolve("history.db"))) {
            new SchemaMigrator(Migrations.all()).migrate(db, (from, to) -> calls.add(from + "->" + to));
            assertEquals(List.of(), calls, "a brand-new database needs no backup");

            new SchemaMigrator(withNext).migrate(db, (from, to) -> calls.add(from + "->" + to));
            assertEquals(List.of(now + "->" + (now + 1)), calls);
        }
    }

    @Test
    void rejectsStepsWithGapsInTheirVersions() {
        Migration v1 = Migrations.all().get(0);
        Migration v3 = Migration.ofSql(3, "skips two", "SELECT 1");
        assertThrows(IllegalArgumentException.class, () -> new SchemaMigrator(List.of(v1, v3)));
    }

    private static List<String> names(Database db, String type) {
        return db.withConnection(c -> {
            List<String> names = new ArrayList<>();
            try (var ps = c.prepareStatement(
                    "SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                ps.setString(1, type);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
            }
            return names;
        });
    }
}
