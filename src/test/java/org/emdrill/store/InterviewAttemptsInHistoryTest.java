package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.emdrill.domain.AnswerMode;
import org.emdrill.practice.mockinterview.InterviewPresets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What History reads about mock interviews: which listed attempts were part of one and where, the
 * attempt at an interview's place, and how far down a sorted, filtered list an attempt comes.
 */
class InterviewAttemptsInHistoryTest {

    private static final Instant START = Instant.parse("2024-05-01T10:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private SessionRepository sessions;
    private AttemptRepository attempts;
    private AttemptSearch search;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("history.db"));
        SchemaMigrator.standard().migrate(db);
        sessions = new SessionRepository(db, new TestClock(START));
        attempts = new AttemptRepository(db, new TestClock(START));
        search = new AttemptSearch(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Map<Long, AttemptSummary> listed(AttemptFilter filter) {
        return search.search(AttemptQuery.newestFirst(filter, 100)).rows().stream()
                .collect(Collectors.toMap(AttemptSummary::id, s -> s));
    }

    @Test
    void listedAttemptsSayWhichInterviewTheyWerePartOfAndWhere() {
        long interview = sessions.start("Full loop", InterviewPresets.fullLoop().config(), List.of("q0", "q1", "q2"), START);
        long second = sessions.saveInSession(SampleAttempts.finishedAt(START.plusSeconds(600), "q1"), interview, 1, List.of());
        long practice = attempts.save(SampleAttempts.finishedAt(START.plusSeconds(900), "q9"));

        Map<Long, AttemptSummary> rows = listed(AttemptFilter.ALL);
        assertEquals(new InterviewPlace(interview, START, 1, 3), rows.get(second).interview());
        assertEquals("question 2 of 3", rows.get(second).interview().questionText());
        assertNull(rows.get(practice).interview(), "a practice attempt was part of no interview");
    }

    @Test
    void aDeletedInterviewOrADamagedRowLeavesTheAttemptListedWithWhatIsKnown() {
        long interview = sessions.start("", InterviewPresets.quickQuestion().config(), List.of("q"), START);
        long attempt = sessions.saveInSession(SampleAttempts.finishedAt(START.plusSeconds(60), "q"), interview, 0, List.of());
        SampleAttempts.execute(db, "UPDATE mock_interviews SET config_json = 'not json' WHERE id = " + interview);
        assertEquals(new InterviewPlace(interview, START, 0, 0), listed(AttemptFilter.ALL).get(attempt).interview());
        assertEquals("question 1", listed(AttemptFilter.ALL).get(attempt).interview().questionText());

        sessions.delete(interview);
        assertNull(listed(AttemptFilter.ALL).get(attempt).interview(), "the attempt stays, no longer grouped");
    }

    @Test
    void findsTheAttemptAtAnInterviewsPlaceWhileItExists() {
        long interview = sessions.start("", InterviewPresets.fullLoop().config(), List.of("q0", "q1"), START);
        long first = sessions.saveInSession(SampleAttempts.finishedAt(START.plusSeconds(60), "q0"), interview, 0, List.of());

        assertEquals(OptionalLong.of(first), search.attemptInInterview(interview, 0));
        assertEquals(OptionalLong.empty(), search.attemptInInterview(interview, 1), "skipped: nothing saved there");
        assertEquals(OptionalLong.empty(), search.attemptInInterview(interview + 1, 0));
        new AttemptRevisions(db, ScheduleRebuild.standard(org.emdrill.practice.schedule.StudyDay.in(java.time.ZoneOffset.UTC)))
                .delete(first);
        assertEquals(OptionalLong.empty(), search.attemptInInterview(interview, 0), "deleted in History");
    }

    @Test
    void tellsHowFarDownTheSortedFilteredListAnAttemptComes() {
        long oldest = attempts.save(SampleAttempts.finishedAt(START, "a"));
        long middle = attempts.save(SampleAttempts.finishedAt(START.plusSeconds(60), "b"));
        long newest = attempts.save(SampleAttempts.finishedAt(START.plusSeconds(120), "c"));
        AttemptQuery newestFirst = AttemptQuery.newestFirst(AttemptFilter.ALL, 1);

        assertEquals(OptionalInt.of(0), search.indexOf(newestFirst, newest));
        assertEquals(OptionalInt.of(2), search.indexOf(newestFirst, oldest), "the page size does not matter");
        assertEquals(OptionalInt.of(0), search.indexOf(new AttemptQuery(AttemptFilter.ALL, AttemptSort.DATE, true, 1, 0),
                oldest));
        assertEquals(OptionalInt.empty(), search.indexOf(AttemptQuery.newestFirst(
                AttemptFilter.ALL.withMode(AnswerMode.SPOKEN), 50), middle), "filtered out");
        assertEquals(OptionalInt.empty(), search.indexOf(newestFirst, newest + 100), "no such attempt");
        AttemptQuery byQuestionZtoA = new AttemptQuery(AttemptFilter.ALL, AttemptSort.QUESTION, false, 1, 0);
        assertEquals(OptionalInt.of(2), search.indexOf(byQuestionZtoA, oldest), "\"Prompt for a\" comes last");
        assertEquals(OptionalInt.of(1), search.indexOf(byQuestionZtoA, middle));
    }

    @Test
    void countsTiesInTimeAsTheListOrdersThemTheNewerSavedFirst() {
        Instant same = START.plusSeconds(60);
        long first = attempts.save(SampleAttempts.finishedAt(same, "a"));
        long second = attempts.save(SampleAttempts.finishedAt(same, "b"));
        long later = attempts.save(SampleAttempts.finishedAt(START.plusSeconds(120), "c"));
        for (boolean ascending : new boolean[] {false, true}) {
            AttemptQuery q = new AttemptQuery(AttemptFilter.ALL, AttemptSort.DATE, ascending, 500, 0);
            List<Long> listed = search.search(q).rows().stream().map(AttemptSummary::id).toList();
            for (long id : List.of(first, second, later)) {
                assertEquals(OptionalInt.of(listed.indexOf(id)), search.indexOf(q, id), "ascending " + ascending);
            }
        }
    }
}
