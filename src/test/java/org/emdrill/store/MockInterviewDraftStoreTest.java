package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.practice.mockinterview.InterviewConfig;
import org.emdrill.practice.mockinterview.InterviewStep;
import org.emdrill.practice.mockinterview.MockInterview;
import org.emdrill.practice.mockinterview.MockInterviewSnapshot;
import org.emdrill.practice.mockinterview.QuestionSelection;
import org.emdrill.practice.mockinterview.ScoringTiming;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MockInterviewDraftStoreTest {

    @TempDir
    Path dir;
    private final FakeClock clock = new FakeClock(Instant.parse("2026-05-04T09:00:00Z"));

    private DraftStore<MockInterviewSnapshot> store() {
        return DraftStore.mockInterview(dir.resolve("drafts"), clock);
    }

    private MockInterviewSnapshot snapshot() {
        Question q = new Question("q1", "Tell me about q1.", List.of("Probe?"), Map.of(Dimension.COACHING, 2),
                List.of(), List.of(), 120, null, List.of());
        QuestionBank bank = new QuestionBank(1, "b", "Bank", "", List.of(q), BankSource.BUNDLED, "b.json");
        InterviewConfig config = new InterviewConfig(1, QuestionSelection.RANDOM, List.of(), Duration.ZERO, null, 1, null,
                AnswerMode.TYPED, ScoringTiming.AT_END);
        FakeTicker ticker = new FakeTicker();
        MockInterview m = new MockInterview(config, List.of(new QueuedQuestion(bank, q)), ticker, clock);
        m.start();
        m.typeAnswer("Half an answer");
        ticker.advance(Duration.ofSeconds(42));
        return m.snapshot();
    }

    @Test
    void keepsTheInterviewInDraftsInterviewJson() throws Exception {
        DraftStore<MockInterviewSnapshot> store = store();
        store.save(snapshot());
        assertEquals(dir.resolve("drafts").resolve("interview.json"), store.file());
        MockInterviewSnapshot back = store.load().orElseThrow();
        assertEquals(InterviewStep.ANSWER, back.step());
        assertEquals("Half an answer", back.items().get(0).answer().answerText());
        assertEquals(Duration.ofSeconds(42), back.items().get(0).answer().answerElapsed());
    }

    @Test
    void saveReplacesTheFileWithoutLeavingTemporaryFiles() throws Exception {
        DraftStore<MockInterviewSnapshot> store = store();
        store.save(snapshot());
        store.save(snapshot());
        try (var files = Files.list(dir.resolve("drafts"))) {
            assertEquals(List.of("interview.json"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void clearRemovesItAndLoadThenFindsNothing() throws Exception {
        DraftStore<MockInterviewSnapshot> store = store();
        store.save(snapshot());
        store.clear();
        assertTrue(store.load().isEmpty());
        store.clear(); // nothing there: no error
    }

    @Test
    void anUnreadableFileIsMovedAsideNeverDeleted() throws Exception {
        DraftStore<MockInterviewSnapshot> store = store();
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), "{\"items\": \"not a list\", \"answer\": \"precious words\"}");
        assertTrue(store.load().isEmpty());
        assertFalse(Files.exists(store.file()));
        Path aside = dir.resolve("drafts").resolve("interview-unreadable-" + clock.instant().toEpochMilli() + ".json");
        assertTrue(Files.readString(aside).contains("precious words"));
    }
}
