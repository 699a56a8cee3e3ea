package org.emdrill.practice.mockinterview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.emdrill.domain.QuestionBank;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.junit.jupiter.api.Test;

/** The story a candidate picks for each question of a mock interview: kept, frozen, restored, stored. */
class InterviewStoryPickTest {

    private final FakeTicker ticker = new FakeTicker();
    private final FakeClock clock = new FakeClock(Instant.parse("2024-05-01T10:00:00Z"));
    private final QuestionBank bank = InterviewFixtures.bank("b", "q1", "q2");

    private MockInterview started() {
        MockInterview m = new MockInterview(InterviewFixtures.config(2, 0, ScoringTiming.AT_END),
                InterviewFixtures.queued(bank), ticker, clock);
        m.start();
        return m;
    }

    private void answer(MockInterview m) {
        if (m.step() == InterviewStep.PREP) {
            m.skipPrep();
        }
        m.typeAnswer("answer");
        ticker.advance(Duration.ofSeconds(60));
        m.next();
    }

    private static String storyAt(MockInterview m, int position) {
        return m.snapshot().items().get(position).answer().storyId();
    }

    @Test
    void eachQuestionKeepsItsOwnStoryAndHandsItOutWithTheAttempt() {
        MockInterview m = started();
        m.pickStory("story-a"); // in the first question's prep
        answer(m);
        m.pickStory("story-b");
        m.pickStory(null); // changed her mind: no story for the second
        answer(m);
        m.next(); // end scoring, nothing scored

        List<FinishedQuestion> done = m.takeFinished();
        assertEquals(2, done.size());
        assertEquals("story-a", done.get(0).storyId());
        assertNull(done.get(1).storyId());
    }

    @Test
    void thePickSurvivesACrashThroughTheSnapshotFile() {
        MockInterview m = started();
        m.pickStory("story-a");
        answer(m);

        String json = m.snapshot().toJson();
        MockInterview back = MockInterview.restore(MockInterviewSnapshot.fromJson(json).orElseThrow(), List.of(bank),
                ticker, clock);

        assertEquals("story-a", storyAt(back, 0));
        assertNull(storyAt(back, 1));
    }

    @Test
    void aFinalAnswerKeepsTheStoryItWasToldWith() {
        MockInterview m = started();
        m.pickStory("story-a");
        answer(m);
        answer(m);
        m.next();
        m.pickStory("story-late");

        assertEquals("story-a", m.takeFinished().get(0).storyId());
    }

    @Test
    void aSnapshotFromBeforeStoriesReadsWithNone() {
        String json = """
                {"version":2,"step":"ANSWER","position":0,"config":{"questionCount":1,"scoring":"at-end"},
                 "items":[{"questionId":"q1","prompt":"P?","dimensions":{"coaching":2},"status":"IN_PROGRESS",
                           "phase":"ANSWER","answerText":"so far"}]}""";

        MockInterview m = MockInterview.restore(MockInterviewSnapshot.fromJson(json).orElseThrow(), List.of(),
                ticker, clock);

        assertNull(storyAt(m, 0));
    }
}
