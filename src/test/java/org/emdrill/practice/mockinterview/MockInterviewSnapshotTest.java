package org.emdrill.practice.mockinterview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.junit.jupiter.api.Test;

class MockInterviewSnapshotTest {

    private static final Scores SCORES = new Scores(Map.of(Dimension.COACHING, 5, Dimension.EXECUTION, 3));
    private static final int SCRIPT_LENGTH = 21;
    private final QuestionBank bank = InterviewFixtures.bank("b", "q1", "q2", "q3");

    /** One scripted interview, killed and restored from JSON after step {@code crashAfterStep} (-1: never). */
    private List<FinishedQuestion> run(ScoringTiming scoring, int crashAfterStep, FakeTicker ticker, FakeClock clock) {
        Consumer<Duration> wait = d -> {
            ticker.advance(d);
            clock.advance(d);
        };
        MockInterview[] m = {new MockInterview(InterviewFixtures.config(3, 2, scoring), InterviewFixtures.queued(bank),
                ticker, clock)};
        m[0].setSessionId(42);
        List<Runnable> script = List.of(
                m[0]::start,
                () -> wait.accept(Duration.ofSeconds(12)),
                () -> m[0].skipPrep(),
                () -> m[0].typeAnswer("the answer to one"),
                () -> wait.accept(Duration.ofSeconds(95)),
                () -> m[0].next(),
                () -> m[0].typeAnswer("probe one"),
                () -> wait.accept(Duration.ofSeconds(33)),
                () -> m[0].next(),
                () -> wait.accept(Duration.ofSeconds(21)),
                () -> m[0].next(),
                () -> {
                    if (m[0].step() == InterviewStep.SCORE) {
                        m[0].score(0, SCORES, EnumSet.of(StarElement.RESULT), "note one");
                        m[0].next();
                    }
                },
                () -> wait.accept(Duration.ofSeconds(40)),
                () -> m[0].skipQuestion(),
                () -> wait.accept(Duration.ofSeconds(30)),
                () -> m[0].typeAnswer("three"),
                () -> wait.accept(Duration.ofSeconds(200)),
                () -> m[0].next(),
                () -> m[0].next(),
                () -> m[0].next(),
                () -> {
                    if (m[0].step() == InterviewStep.SCORE) {
                        m[0].next();
                    } else {
                        m[0].score(0, SCORES, EnumSet.of(StarElement.RESULT), "note one");
                        m[0].next();
                    }
                });
        assertEquals(SCRIPT_LENGTH, script.size());
        for (int i = 0; i < script.size(); i++) {
            script.get(i).run();
            if (i == crashAfterStep) {
                String json = m[0].snapshot().toJson();
                // The app is killed: a new ticker epoch, and time passes before it starts again.
                wait.accept(Duration.ofMinutes(7));
                MockInterviewSnapshot back = MockInterviewSnapshot.fromJson(json).orElseThrow();
                m[0] = MockInterview.restore(back, List.of(bank), ticker, clock);
                assertEquals(42, m[0].sessionId());
                m[0].resume();
            }
        }
        assertEquals(InterviewStep.SUMMARY, m[0].step());
        assertEquals(Duration.ofSeconds(12 + 95 + 33 + 21 + 40 + 30 + 200), m[0].elapsed());
        return m[0].takeFinished();
    }

    @Test
    void restoringAtAnyPointAndContinuingGivesTheSameResultAsNoCrash() {
        for (ScoringTiming scoring : ScoringTiming.values()) {
            List<FinishedQuestion> expected = run(scoring, -1, new FakeTicker(), clockAtStart());
            for (int crashAt = 0; crashAt < SCRIPT_LENGTH; crashAt++) {
                FakeClock clock = clockAtStart();
                List<FinishedQuestion> actual = run(scoring, crashAt, new FakeTicker(), clock);
                assertEquals(expected.size(), actual.size(), scoring + " crash at " + crashAt);
                for (int i = 0; i < expected.size(); i++) {
                    FinishedQuestion e = expected.get(i);
                    FinishedQuestion a = actual.get(i);
                    assertEquals(e.position(), a.position());
                    assertEquals(e.followUps(), a.followUps(), scoring + " crash at " + crashAt);
                    assertEquals(e.attempt().answerText(), a.attempt().answerText());
                    assertEquals(e.attempt().prepDuration(), a.attempt().prepDuration());
                    assertEquals(e.attempt().answerDuration(), a.attempt().answerDuration(),
                            scoring + " crash at " + crashAt);
                    assertEquals(e.attempt().scores(), a.attempt().scores());
                    assertEquals(e.attempt().star(), a.attempt().star());
                    assertEquals(e.attempt().notes(), a.attempt().notes());
                }
            }
        }
    }

    @Test
    void aQuestionSavedBeforeTheCrashIsNotHandedOutAgain() {
        FakeTicker ticker = new FakeTicker();
        FakeClock clock = clockAtStart();
        MockInterview m = new MockInterview(InterviewFixtures.config(3, 0, ScoringTiming.AFTER_EACH),
                InterviewFixtures.queued(bank), ticker, clock);
        m.start();
        m.next();
        m.next();
        m.next();
        assertEquals(1, m.takeFinished().size());

        MockInterview back = MockInterview.restore(
                MockInterviewSnapshot.fromJson(m.snapshot().toJson()).orElseThrow(), List.of(bank), ticker, clock);

        assertEquals(List.of(), back.takeFinished());
        assertTrue(back.isPaused());
        assertEquals(InterviewStep.PREP, back.step());
        assertEquals("Question 2 of 3", back.progress().label());
    }

    @Test
    void restoresFromTheSnapshotsOwnCopyWhenTheBankIsGone() {
        MockInterview m = new MockInterview(InterviewFixtures.config(3, 1, ScoringTiming.AT_END),
                InterviewFixtures.queued(bank), new FakeTicker(), clockAtStart());
        m.start();
        MockInterviewSnapshot s = MockInterviewSnapshot.fromJson(m.snapshot().toJson()).orElseThrow();

        MockInterview back = MockInterview.restore(s, List.of(), new FakeTicker(), clockAtStart());

        assertEquals(List.of("q1", "q2", "q3"), back.questionIds());
        assertEquals("Bank b", back.questions().get(0).queued().bank().title());
        assertEquals(List.of("q1 follow-up one?", "q1 follow-up two?"),
                back.questions().get(0).queued().question().followUps());
    }

    @Test
    void readsSnapshotsWithUnknownAndMissingFields() {
        String json = """
                {"version":1,"futureField":{"x":1},"step":"ANSWER","position":0,
                 "config":{"questionCount":1,"scoring":"at-end","colour":"blue"},
                 "items":[{"questionId":"q1","prompt":"P?","dimensions":{"coaching":2,"charm":9},
                           "status":"IN_PROGRESS","answerText":"so far","mystery":true}]}""";

        MockInterviewSnapshot s = MockInterviewSnapshot.fromJson(json).orElseThrow();

        assertEquals(InterviewStep.ANSWER, s.step());
        assertEquals(ScoringTiming.AT_END, s.config().scoring());
        assertEquals(1, s.config().questionCount());
        assertEquals(Map.of(Dimension.COACHING, 2), s.items().get(0).answer().dimensions());
        assertEquals(Duration.ZERO, s.totalElapsed());
        MockInterview m = MockInterview.restore(s, List.of(), new FakeTicker(), clockAtStart());
        m.resume();
        m.next();
        m.next();
        assertEquals("so far", m.takeFinished().get(0).attempt().answerText());
    }

    @Test
    void unreadableSnapshotsReadAsEmpty() {
        assertTrue(MockInterviewSnapshot.fromJson("{not json").isEmpty());
        assertTrue(MockInterviewSnapshot.fromJson("[]").isEmpty());
        assertTrue(MockInterviewSnapshot.fromJson("{\"items\":[]}").isEmpty());
        assertTrue(MockInterviewSnapshot.fromJson("{\"version\":99,\"items\":[{\"questionId\":\"q\"}]}").isEmpty());
        assertTrue(MockInterviewSnapshot.fromJson(null).isEmpty());
    }

    @Test
    void aSnapshotThatContradictsItselfIsRefusedOnRestore() {
        String json = """
                {"step":"FOLLOW_UP","followUpIndex":1,
                 "items":[{"questionId":"q1","followUpPrompts":["a?"],"followUps":[{"text":"x","ms":5}]}]}""";

        // Refused when read (the follow-up being answered is missing), so it is set aside, never resumed.
        assertTrue(MockInterviewSnapshot.fromJson(json).isEmpty());
    }

    @Test
    void aSnapshotWhoseQuestionsDisagreeWithItsStepIsRefusedOnRestore() {
        String json = """
                {"version":2,"step":"ANSWER","position":0,
                 "items":[{"questionId":"q1","phase":"SCORING","status":"ANSWERED"}]}""";

        MockInterviewSnapshot s = MockInterviewSnapshot.fromJson(json).orElseThrow();

        assertThrows(IllegalArgumentException.class,
                () -> MockInterview.restore(s, List.of(), new FakeTicker(), clockAtStart()));
    }

    private static FakeClock clockAtStart() {
        return new FakeClock(Instant.parse("2024-05-01T10:00:00Z"));
    }
}
