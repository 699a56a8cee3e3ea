package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.practice.mockinterview.InterviewPresets;
import org.emdrill.practice.FollowUpAnswer;
import org.emdrill.practice.schedule.DimensionAverages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionRepositoryTest {

    private static final Instant START = Instant.parse("2024-05-01T10:00:00Z");

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(START);
    private Database db;
    private SessionRepository sessions;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("history.db"));
        SchemaMigrator.standard().migrate(db);
        sessions = new SessionRepository(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aFinishedSessionReadsBackWithItsAttemptsFollowUpsAndSkippedQuestions() {
        long id = sessions.start(InterviewPresets.FULL_LOOP, InterviewPresets.fullLoop().config(), List.of("q0", "q1", "q2"),
                START);
        Attempt first = SampleAttempts.full();
        List<FollowUpAnswer> probes = List.of(new FollowUpAnswer(0, "Why then?", "Because.", Duration.ofMillis(41_500)),
                new FollowUpAnswer(1, "And after?", "", Duration.ofSeconds(3)));
        long a0 = sessions.saveInSession(first, id, 0, probes);
        long a2 = sessions.saveInSession(SampleAttempts.finishedAt(START.plusSeconds(900), "q2"), id, 2, List.of());
        sessions.finish(id, START.plusSeconds(1200), Duration.ofSeconds(1100), Set.of(1));

        SessionRepository.SessionDetail detail = sessions.find(id).orElseThrow();
        SessionRepository.Session s = detail.session();

        assertEquals(SessionRepository.State.FINISHED, s.state());
        assertEquals(InterviewPresets.FULL_LOOP, s.preset());
        assertEquals(InterviewPresets.fullLoop().config(), s.config());
        assertEquals(List.of("q0", "q1", "q2"), s.questionIds());
        assertEquals(Set.of(1), s.skipped());
        assertEquals(START.plusSeconds(1200), s.finishedAt());
        assertEquals(Duration.ofSeconds(1100), s.total());
        assertEquals(List.of(0, 2), detail.attempts().stream().map(SessionRepository.SessionAttempt::position).toList());
        assertEquals(first.withId(a0), detail.attempts().get(0).attempt());
        assertEquals(probes, detail.attempts().get(0).followUps());
        assertEquals(a2, detail.attempts().get(1).attempt().id());
        assertEquals(first.scores(), s.questions().get(0).scores());
        assertEquals(first.overall(), s.questions().get(0).overall());
        assertEquals(first.answerDuration(), s.questions().get(0).answerDuration());
        assertEquals(2, new AttemptRepository(db, clock).count(), "session attempts are ordinary history too");
    }

    @Test
    void anAbandonedSessionKeepsWhatWasSaved() {
        long id = sessions.start("", InterviewPresets.quickQuestion().config(), List.of("q"), START);
        sessions.saveInSession(SampleAttempts.finishedAt(START.plusSeconds(60), "q"), id, 0, List.of());

        sessions.abandon(id, START.plusSeconds(70), Duration.ofSeconds(65), Set.of());

        SessionRepository.Session s = sessions.listNewestFirst(10, 0).get(0);
        assertEquals(SessionRepository.State.ABANDONED, s.state());
        assertEquals(1, s.questions().size());
    }

    @Test
    void aRunningSessionHasNoFinishTime() {
        long id = sessions.start("", InterviewPresets.quickQuestion().config(), List.of("q"), START);

        SessionRepository.Session s = sessions.find(id).orElseThrow().session();

        assertEquals(SessionRepository.State.RUNNING, s.state());
        assertNull(s.finishedAt());
        assertEquals(List.of(), s.questions());
    }

    @Test
    void listsSessionsNewestFirstInPages() {
        long older = sessions.start("", InterviewPresets.quickQuestion().config(), List.of("a"), START);
        long newer = sessions.start("", InterviewPresets.quickQuestion().config(), List.of("b"), START.plusSeconds(3600));
        long newest = sessions.start("", InterviewPresets.quickQuestion().config(), List.of("c"), START.plusSeconds(7200));

        assertEquals(List.of(newest, newer), ids(sessions.listNewestFirst(2, 0)));
        assertEquals(List.of(older), ids(sessions.listNewestFirst(2, 2)));
        assertThrows(IllegalArgumentException.class, () -> sessions.listNewestFirst(-1, 0));
    }

    @Test
    void averagesBeforeCoverOnlyEarlierSessions() {
        long first = sessions.start("", InterviewPresets.quickQuestion().config(), List.of("a"), START);
        sessions.saveInSession(scored("a", Map.of(Dimension.COACHING, 2, Dimension.EXECUTION, 4)), first, 0, List.of());
        long second = sessions.start("", InterviewPresets.quickQuestion().config(), List.of("b"), START.plusSeconds(60));
        sessions.saveInSession(scored("b", Map.of(Dimension.COACHING, 4)), second, 0, List.of());
        long third = sessions.start("", InterviewPresets.quickQuestion().config(), List.of("c"), START.plusSeconds(120));
        sessions.saveInSession(scored("c", Map.of(Dimension.COACHING, 1)), third, 0, List.of());
        new AttemptRepository(db, clock).save(scored("practice", Map.of(Dimension.COACHING, 5)));

        DimensionAverages before = sessions.averagesBefore(third);

        assertEquals(OptionalDouble.of(3.0), before.of(Dimension.COACHING));
        assertEquals(OptionalDouble.of(4.0), before.of(Dimension.EXECUTION));
        assertEquals(2, before.counts().get(Dimension.COACHING));
        assertTrue(sessions.averagesBefore(first).isEmpty());
    }

    @Test
    void aFailedFollowUpInsertLeavesNoAttemptBehind() {
        long id = sessions.start("", InterviewPresets.quickQuestion().config(), List.of("q"), START);
        List<FollowUpAnswer> duplicatePositions = List.of(new FollowUpAnswer(0, "a?", "", Duration.ZERO),
                new FollowUpAnswer(0, "b?", "", Duration.ZERO));

        assertThrows(StoreException.class, () -> sessions.saveInSession(SampleAttempts.full(), id, 0, duplicatePositions));

        assertEquals(0, SampleAttempts.scalar(db, "SELECT COUNT(*) FROM attempts"));
        assertEquals(0, SampleAttempts.scalar(db, "SELECT COUNT(*) FROM attempt_scores"));
    }

    @Test
    void deletingASessionKeepsItsAttemptsInTheHistory() {
        long id = sessions.start("", InterviewPresets.quickQuestion().config(), List.of("q"), START);
        long attempt = sessions.saveInSession(SampleAttempts.full(), id, 0, List.of());

        sessions.delete(id);

        assertEquals(Optional.empty(), sessions.find(id));
        assertTrue(new AttemptRepository(db, clock).find(attempt).isPresent());
        assertEquals(-1, SampleAttempts.scalar(db,
                "SELECT session_id FROM attempts WHERE id = " + attempt + " AND session_id IS NOT NULL"));
    }

    private static Attempt scored(String questionId, Map<Dimension, Integer> values) {
        Attempt base = SampleAttempts.finishedAt(START, questionId);
        return new Attempt(0, base.bankId(), base.bankTitle(), questionId, base.prompt(), base.mode(),
                base.prepDuration(), base.answerDuration(), base.targetSeconds(), "", "", new Scores(values),
                Set.of(), 3.0, base.startedAt(), base.finishedAt());
    }

    private static List<Long> ids(List<SessionRepository.Session> list) {
        return list.stream().map(SessionRepository.Session::id).toList();
    }
}
