package org.emdrill.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.junit.jupiter.api.Test;

class AnswerDraftStoryTest {

    private static AnswerDraft draft() {
        return new AnswerDraft("b", "Bank", "q", "Prompt?", List.of(), Map.of(Dimension.EXECUTION, 2), 150,
                AnswerMode.TYPED, AnswerPhase.PREP, Duration.ofSeconds(4), Duration.ZERO, 0, List.of(), List.of(),
                "", "", Scores.none(), Set.of(), Instant.parse("2026-01-02T03:04:05Z"), null, null, 2);
    }

    @Test
    void thePickedStoryIsKeptInTheFileAndSurvivesRenumbering() {
        AnswerDraft picked = draft().withStory("story-1").withNumber(3);

        AnswerDraft read = AnswerDraftJson.fromFile(AnswerDraftJson.toFile(picked)).orElseThrow();

        assertEquals("story-1", read.storyId());
        assertEquals(3, read.number());
        assertEquals(picked, read);
    }

    @Test
    void aDraftWrittenBeforeStoriesReadsWithNoStory() {
        String old = "{\"version\":2,\"questionId\":\"q\",\"bankId\":\"b\",\"phase\":\"PREP\",\"prepMs\":4000,"
                + "\"startedAt\":\"2026-01-02T03:04:05Z\"}";

        AnswerDraft read = AnswerDraftJson.fromFile(old).orElseThrow();

        assertNull(read.storyId());
        assertEquals(AnswerPhase.PREP, read.phase());
    }

    @Test
    void choosingNoStoryDropsItFromTheFile() {
        AnswerDraft none = draft().withStory("story-1").withStory(null);

        assertNull(AnswerDraftJson.fromFile(AnswerDraftJson.toFile(none)).orElseThrow().storyId());
        assertEquals(false, AnswerDraftJson.toFile(none).contains("storyId"));
    }
}
