package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.emdrill.domain.AnswerMode;
import org.emdrill.practice.AnswerDraft;
import org.emdrill.practice.AnswerPhase;
import java.util.List;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftStoreTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsEveryField() throws Exception {
        DraftStore<AnswerDraft> store = DraftStore.practice(dir, new TestClock(Instant.parse("2026-01-02T03:00:00Z")));
        AnswerDraft draft = new AnswerDraft("b", "Bank", "q", "Prompt?", List.of("Why?", "Then?"),
                Map.of(Dimension.COACHING, 3), 150, AnswerMode.SPOKEN, AnswerPhase.FOLLOW_UP,
                Duration.ofMillis(12_345), Duration.ofMillis(67_890), 0, List.of("probe"), List.of(Duration.ofMillis(999)),
                "answer \u2013 with \"quotes\"\nand lines", "notes", new Scores(Map.of(Dimension.COACHING, 4)),
                Set.of(StarElement.RESULT), Instant.parse("2026-01-02T03:04:05Z"), null,
                Instant.parse("2026-01-02T03:06:00Z"), 4);
        store.save(draft);
        assertEquals(draft, store.load().orElseThrow());
        store.clear();
        assertTrue(store.load().isEmpty());
    }

    @Test
    void unreadableDraftIsKeptAsideNotDeleted() throws Exception {
        DraftStore<AnswerDraft> store = DraftStore.practice(dir, new TestClock(Instant.parse("2026-01-02T03:00:00Z")));
        Files.writeString(store.file(), "{ this is not json");
        assertTrue(store.load().isEmpty());
        try (var files = Files.list(dir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("current-unreadable-")));
        }
    }
}
