package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.emdrill.practice.FollowUpAnswer;
import org.emdrill.practice.schedule.CardPhase;
import org.emdrill.practice.schedule.ReviewState;
import org.emdrill.practice.schedule.StudyDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real files as earlier versions of EM Drill left them, frozen once and committed
 * ({@code fixtures/history-vN.db}, each written with that version's own schema steps and code), opened
 * as the app opens a data folder and read back through the services History uses. Unlike
 * {@link SchemaMigratorTest}, nothing here is rebuilt from today's code, so a change to an old step or
 * to how old rows are read shows up here. Assertions go through the repositories only, never table
 * names, so they hold across later renames. A new schema version needs a frozen file of the one before.
 */
class FrozenSchemaUpgradeTest {

    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-01-15T12:00:00Z"));
    private static final String FIRST_CONVERSATION = "underperformers-first-conversation";
    private static final String STANDOFF = "team-conflict-standoff";

    @TempDir
    Path dataDir;

    private Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void everyEarlierSchemaVersionHasAFrozenFile() {
        for (int v = 0; v < Migrations.currentVersion(); v++) {
            assertNotNull(getClass().getResource(fixture(v)), "missing " + fixture(v)
                    + ": freeze a file of schema v" + v + " with rows before adding a new version");
        }
    }

    @Test
    void anEmptyFileFromBeforeTheFirstSchemaOpensAsAnEmptyHistoryThatWorks() throws Exception {
        MigrationResult migration = open(0);

        assertEquals(0, migration.foundVersion());
        assertEquals(0, new AttemptSearch(db).count(AttemptFilter.ALL));
        assertEquals(List.of(), new AttemptSearch(db).search(AttemptQuery.newestFirst(AttemptFilter.ALL, 50)).rows());
        assertEquals(List.of(), new ScheduleRepository(db).all());
        assertEquals(List.of(), new SessionRepository(db, CLOCK).listNewestFirst(10, 0));
        long id = new AttemptRepository(db, CLOCK).save(SampleAttempts.full());
        assertEquals(SampleAttempts.full().withId(id), new AttemptRepository(db, CLOCK).find(id).orElseThrow());
    }

    @Test
    void aVersion1HistoryKeepsEveryAttemptScoreAndText() throws Exception {
        MigrationResult migration = open(1);

        assertEquals(1, migration.foundVersion());
        assertTrue(backupBeforeUpgradeExists(), "a backup is taken before an old history is upgraded");
        AttemptSearch search = new AttemptSearch(db);
        AttemptPage page = search.search(AttemptQuery.newestFirst(AttemptFilter.ALL, 50));
        assertEquals(4, page.total());
        assertEquals(List.of(4L, 3L, 2L, 1L), page.rows().stream().map(AttemptSummary::id).toList());
        AttemptSummary spoken = page.rows().get(2);
        assertEquals(new AttemptSummary(2, Instant.parse("2025-01-07T08:12:01Z"), "team-conflict",
                "Resolving team conflicts", STANDOFF,
                "Two senior engineers disagree on the architecture. What do you do?", AnswerMode.SPOKEN,
                Duration.ofSeconds(121), 120, null), spoken);
        assertEquals(1, search.count(AttemptFilter.ALL.withMode(AnswerMode.SPOKEN)));
        assertEquals(2, search.count(AttemptFilter.ALL.withBanks(java.util.Set.of("underperformers"))));
        assertEquals(1, search.count(AttemptFilter.ALL.withText("für")), "non-ASCII text is searchable");

        Attempt second = new AttemptRepository(db, CLOCK).find(3).orElseThrow();
        assertEquals("Second try — “facts first”, then agreed next steps für the week.", second.answerText());
        assertEquals(new Scores(Map.of(Dimension.COACHING, 5, Dimension.LEADERSHIP, 4, Dimension.EXECUTION, 4)),
                second.scores());
        assertEquals(4.333, second.overall(), 1e-9);
        assertEquals(EnumSet.allOf(StarElement.class), second.star());
        assertEquals(Duration.ofSeconds(15), second.prepDuration());
        assertEquals(Instant.parse("2025-01-09T19:30:00Z"), second.startedAt());
        assertEquals(List.of(1L, 3L), search.attemptsAtQuestion(FIRST_CONVERSATION).stream().map(Attempt::id).toList());

        StoredAttempt stored = new StoredAttempts(db).find(1).orElseThrow();
        assertEquals(Optional.empty(), stored.revisedAtIfAny(), "v1 had no revisions");
        assertEquals(Optional.empty(), stored.sessionIfAny());
        assertEquals(List.of(), stored.followUps());
        assertEquals(Instant.parse("2025-01-06T18:03:40.120Z"), stored.createdAt());
        assertEquals(List.of(), new ScheduleRepository(db).all(), "v1 had no schedule: every question is new");

        // History's revise and delete work on the upgraded rows, the schedule following them.
        AttemptRevisions revisions = new AttemptRevisions(db, ScheduleRebuild.standard(StudyDay.in(ZoneOffset.UTC)));
        Attempt revised = revisions.revise(4, new Scores(Map.of(Dimension.CONFLICT_RESOLUTION, 4)), "Better on reread.",
                EnumSet.of(StarElement.ACTION), Map.of(Dimension.CONFLICT_RESOLUTION, 1), CLOCK.instant()).orElseThrow();
        assertEquals(4.0, revised.overall());
        assertEquals(Optional.of(CLOCK.instant()), new StoredAttempts(db).find(4).orElseThrow().revisedAtIfAny());
        assertEquals(CardPhase.LEARNING, new ScheduleRepository(db).find(STANDOFF).orElseThrow().phase());
    }

    @Test
    void aVersion2HistoryKeepsSessionsFollowUpsRevisionsScheduleAndPresets() throws Exception {
        MigrationResult migration = open(2);

        assertEquals(2, migration.foundVersion());
        assertTrue(migration.versionNow() >= 2);
        AttemptSearch search = new AttemptSearch(db);
        AttemptPage page = search.search(AttemptQuery.newestFirst(AttemptFilter.ALL, 50));
        assertEquals(List.of(3L, 2L, 1L), page.rows().stream().map(AttemptSummary::id).toList());
        assertEquals(List.of(2.0, 4.0, 3.5), page.rows().stream().map(AttemptSummary::overall).toList());

        StoredAttempt revised = new StoredAttempts(db).find(1).orElseThrow();
        assertEquals(Optional.of(Instant.parse("2025-06-02T08:00:00Z")), revised.revisedAtIfAny());
        assertEquals("Shorter situation part. Rewatched: fine.", revised.attempt().notes());
        assertEquals(new Scores(Map.of(Dimension.COACHING, 4, Dimension.LEADERSHIP, 3)), revised.attempt().scores());

        StoredAttempt inInterview = new StoredAttempts(db).find(2).orElseThrow();
        assertEquals(Optional.of(new SessionLink(1, 0, Instant.parse("2025-06-01T18:00:00Z"))),
                inInterview.sessionIfAny());
        assertEquals(List.of(new StoredFollowUp(0, "What would you do differently?",
                "Bring in the staff engineer earlier.", Duration.ofMillis(41_500))), inInterview.followUps());

        List<SessionRepository.Session> interviews = new SessionRepository(db, CLOCK).listNewestFirst(10, 0);
        assertEquals(1, interviews.size());
        SessionRepository.Session interview = interviews.get(0);
        assertEquals(SessionRepository.State.FINISHED, interview.state());
        assertEquals(List.of(STANDOFF, "strategy-roadmap-tradeoff"), interview.questionIds());
        assertEquals(Duration.ofSeconds(400), interview.total());
        assertEquals(List.of(2L, 3L), interview.questions().stream().map(SessionRepository.QuestionRow::attemptId)
                .toList());
        SessionRepository.SessionDetail detail = new SessionRepository(db, CLOCK).find(interview.id()).orElseThrow();
        assertEquals(List.of(new FollowUpAnswer(0, "What would you do differently?",
                "Bring in the staff engineer earlier.", Duration.ofMillis(41_500))), detail.attempts().get(0).followUps());

        ScheduleRepository schedule = new ScheduleRepository(db);
        assertEquals(List.of(
                new ReviewState(FIRST_CONVERSATION, "underperformers", CardPhase.LEARNING, 2.5, 0, 1, 0, 1, false,
                        Instant.parse("2025-06-02T04:00:00Z"), Instant.parse("2025-06-01T09:01:00Z")),
                new ReviewState(STANDOFF, "team-conflict", CardPhase.REVIEW, 2.35, 12, 6, 1, 0, false,
                        Instant.parse("2025-06-13T04:00:00Z"), Instant.parse("2025-06-01T18:02:10Z"))),
                schedule.all());
        assertEquals(List.of(FIRST_CONVERSATION, STANDOFF), schedule.dueQuestionIds(CLOCK.instant()));
        assertTrue(new PresetRepository(db).all().stream().anyMatch(p -> p.name().equals("Evening conflict drill")));
    }

    @Test
    void aVersion3HistoryWithRenamedInterviewTablesKeepsItsRowsAndCountsByMode() throws Exception {
        MigrationResult migration = open(3);

        assertEquals(3, migration.foundVersion());
        AttemptSearch search = new AttemptSearch(db);
        AttemptPage page = search.search(AttemptQuery.newestFirst(AttemptFilter.ALL, 50));
        assertEquals(List.of(4L, 3L, 2L, 1L), page.rows().stream().map(AttemptSummary::id).toList());
        assertEquals(4, page.total());
        assertEquals(3, search.count(AttemptFilter.ALL.withMode(AnswerMode.TYPED)));
        AttemptPage spoken = search.search(AttemptQuery.newestFirst(AttemptFilter.ALL.withMode(AnswerMode.SPOKEN), 50));
        assertEquals(List.of(2L), spoken.rows().stream().map(AttemptSummary::id).toList());
        assertEquals(1, spoken.total());
        Attempt hiring = new AttemptRepository(db, CLOCK).find(4).orElseThrow();
        assertEquals("I wrote the scorecard with the staff engineers before the first interview.", hiring.answerText());
        assertEquals(new Scores(Map.of(Dimension.LEADERSHIP, 5, Dimension.STRATEGIC_THINKING, 4)), hiring.scores());
        assertEquals(Optional.of(new SessionLink(1, 0, Instant.parse("2025-06-01T18:00:00Z"))),
                new StoredAttempts(db).find(2).orElseThrow().sessionIfAny(), "the interview link survived v3's rename");
        assertEquals(2, new ScheduleRepository(db).all().size());
    }

    @Test
    void aVersion4HistoryGainsStoriesAndItsAttemptsToldNone() throws Exception {
        MigrationResult migration = open(4);

        assertEquals(4, migration.foundVersion());
        assertTrue(backupBeforeUpgradeExists(), "a backup is taken before adding stories");
        AttemptSearch search = new AttemptSearch(db);
        assertEquals(5, search.count(AttemptFilter.ALL));
        assertEquals("We cut scope two weeks out and told the customer why.",
                new AttemptRepository(db, CLOCK).find(5).orElseThrow().answerText());
        StoryRepository stories = new StoryRepository(db);
        assertEquals(List.of(), stories.all());
        assertEquals(Map.of(), stories.storiesOfAttempts());

        org.emdrill.stories.Story story = org.emdrill.stories.Story.blank(CLOCK.instant())
                .withText("The migration we shipped late", "", "", "", "", "", "2024", "EM of 6", "", List.of("deadline"),
                        CLOCK.instant());
        assertTrue(stories.save(story));
        stories.setStoryOfAttempt(5, story.id());
        assertEquals(Map.of(5L, story.id()), stories.storiesOfAttempts());
    }

    @Test
    void aVersion5HistoryKeepsItsStoriesAndGainsRecordings() throws Exception {
        MigrationResult migration = open(5);

        assertEquals(5, migration.foundVersion());
        assertEquals(5, new AttemptSearch(db).count(AttemptFilter.ALL));
        StoryRepository stories = new StoryRepository(db);
        assertEquals(List.of("The migration we shipped late"), stories.all().stream().map(s -> s.title()).toList());
        assertEquals(Map.of(5L, stories.all().get(0).id()), stories.storiesOfAttempts(), "the story told survives");
        var recordings = org.emdrill.store.recording.RecordingStore.besideDatabase(db, CLOCK);
        assertEquals(Optional.empty(), recordings.find(2), "nothing was recorded before recordings existed");
        var figures = new org.emdrill.audio.DeliveryFigures(121, 90, 1.5, 1, 2.5, 3.8,
                List.of(new org.emdrill.audio.Span(30, 32.5)));
        recordings.attach(new org.emdrill.store.recording.Recording(2, "2.wav", 121, figures));
        assertEquals(figures, recordings.find(2).orElseThrow().figures());
    }

    @Test
    void aVersion6HistoryKeepsItsRecordingAndProgressCountsItsAttempts() throws Exception {
        MigrationResult migration = open(6);

        assertEquals(6, migration.foundVersion());
        assertEquals(6, new AttemptSearch(db).count(AttemptFilter.ALL));
        var recordings = org.emdrill.store.recording.RecordingStore.besideDatabase(db, CLOCK);
        assertEquals("6.wav", recordings.find(6).orElseThrow().file());
        ProgressQueries progress = new ProgressQueries(db);
        assertEquals(6, progress.totals(CLOCK.instant()).attempts(), "the running totals start from the rows there");
        Map<String, Integer> perQuestion = new java.util.HashMap<>();
        new AttemptSearch(db).attemptsWithoutText(AttemptFilter.ALL).forEach(a -> perQuestion.merge(a.questionId(), 1, Integer::sum));
        assertEquals(perQuestion, progress.attemptsPerQuestion());
        new AttemptRepository(db, CLOCK).delete(6);
        assertEquals(5, progress.totals(CLOCK.instant()).attempts(), "and follow a delete");
    }

    @Test
    void aVersion7HistoryKeepsItsAttemptsAndTheirTicksStartEmpty() throws Exception {
        MigrationResult migration = open(7);

        assertEquals(7, migration.foundVersion());
        assertTrue(backupBeforeUpgradeExists(), "a backup is taken before adding signal ticks");
        assertEquals(7, new AttemptSearch(db).count(AttemptFilter.ALL));
        StoredAttempt latest = new StoredAttempts(db).find(7).orElseThrow();
        assertEquals("I asked what they saw first, then we agreed two goals for the next fortnight.",
                latest.attempt().answerText());
        assertEquals(new Scores(Map.of(Dimension.COACHING, 2, Dimension.LEADERSHIP, 3, Dimension.EXECUTION, 2)),
                latest.attempt().scores());
        assertEquals(List.of(new StoredFollowUp(0, "What changed afterwards?", "They shipped on time.",
                Duration.ofSeconds(25))), latest.followUps());
        assertEquals(org.emdrill.domain.SignalTicks.NONE, latest.ticks(), "nothing was ticked before v8");
        assertEquals(7, new ProgressQueries(db).totals(CLOCK.instant()).attempts());

        // An attempt deleted in History comes back by Undo with its ticks.
        var ticked = new org.emdrill.domain.SignalTicks(List.of("Separates facts from interpretation"),
                List.of("Goes straight to a formal plan without a conversation"));
        long id = new StoredAttempts(db).insertAll(List.of(new StoredAttempt(latest.attempt().withId(0),
                List.of(), null, null, CLOCK.instant(), ticked))).get(0);
        AttemptRevisions revisions = new AttemptRevisions(db, ScheduleRebuild.standard(StudyDay.in(ZoneOffset.UTC)));
        var deleted = revisions.delete(id).orElseThrow();
        assertEquals(org.emdrill.domain.SignalTicks.NONE, new SignalTickRows(db).of(id));
        long back = revisions.restore(deleted);
        assertEquals(ticked, new SignalTickRows(db).of(back));
    }

    @Test
    void aVersion8HistoryKeepsItsTicksAndRecordingsAndMeasuresTheUnmeasuredOnceOnly() throws Exception {
        MigrationResult migration = open(8);

        assertEquals(8, migration.foundVersion());
        assertTrue(backupBeforeUpgradeExists(), "a backup is taken before marking unreadable recordings");
        assertEquals(3, new AttemptSearch(db).count(AttemptFilter.ALL));
        assertEquals(new org.emdrill.domain.SignalTicks(List.of("Separates facts from interpretation"),
                List.of("Goes straight to a formal plan without a conversation")), new SignalTickRows(db).of(1));
        var recordings = org.emdrill.store.recording.RecordingStore.besideDatabase(db, CLOCK);
        assertEquals(3.4, recordings.find(2).orElseThrow().figures().syllablesPerSecond(), 1e-9);
        assertEquals(null, recordings.find(3).orElseThrow().figures(), "never measured before the upgrade");

        // The one never measured is looked for once; its file is not in this folder, so it is marked and left.
        var pending = org.emdrill.store.recording.PendingFigures.besideDatabase(db, CLOCK);
        var first = pending.measureSome(8);
        assertEquals(0, first.measured());
        assertEquals(1, first.unmeasurable());
        var again = pending.measureSome(8);
        assertEquals(0, again.measured() + again.unmeasurable(), "not tried again");
        assertEquals("answer-unmeasured.wav", recordings.find(3).orElseThrow().file(), "the attempt keeps its recording");
    }

    /** Copies the frozen file into the data folder as {@code history.db} and opens it as the app does. */
    private MigrationResult open(int version) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(fixture(version))) {
            assertNotNull(in, fixture(version));
            Files.copy(in, dataDir.resolve(DatabaseOpener.FILE_NAME));
        }
        OpenOutcome outcome = new DatabaseOpener(dataDir, CLOCK).open();
        OpenOutcome.Opened opened = assertInstanceOfOpened(outcome);
        db = opened.database();
        assertEquals(Optional.empty(), opened.recovery(), "the frozen file is healthy");
        assertEquals(Migrations.currentVersion(), opened.migration().versionNow());
        return opened.migration();
    }

    private static OpenOutcome.Opened assertInstanceOfOpened(OpenOutcome outcome) {
        assertTrue(outcome instanceof OpenOutcome.Opened, () -> "not opened: " + outcome);
        return (OpenOutcome.Opened) outcome;
    }

    private boolean backupBeforeUpgradeExists() throws IOException {
        Path backups = dataDir.resolve("backups");
        if (!Files.isDirectory(backups)) {
            return false;
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.anyMatch(p -> p.getFileName().toString().contains("before-upgrade"));
        }
    }

    private static String fixture(int version) {
        return "fixtures/history-v" + version + ".db";
    }
}
