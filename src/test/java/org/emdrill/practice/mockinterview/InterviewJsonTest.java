package org.emdrill.practice.mockinterview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.emdrill.domain.AnswerMode;
import org.junit.jupiter.api.Test;

class InterviewJsonTest {

    @Test
    void everyBuiltInPresetSurvivesTheRoundTrip() {
        for (InterviewPreset p : InterviewPresets.builtIn()) {
            assertEquals(Optional.of(p.config()), InterviewJson.fromJsonText(InterviewJson.toJsonText(p.config())), p.name());
        }
        InterviewConfig custom = new InterviewConfig(7, QuestionSelection.RANDOM, List.of("hiring", "strategy"),
                Duration.ZERO, Duration.ofSeconds(90), 0, Duration.ofSeconds(45), AnswerMode.TYPED,
                ScoringTiming.AFTER_EACH);
        assertEquals(Optional.of(custom), InterviewJson.fromJsonText(InterviewJson.toJsonText(custom)));
    }

    @Test
    void unknownFieldsAreIgnoredAndMissingOrWrongOnesFallBackOrAreClamped() {
        InterviewConfig c = InterviewJson.fromJsonText("""
                {"questionCount": 40, "selection": "by-mood", "followUps": 9, "mode": "typed",
                 "prepSeconds": -5, "targetSeconds": "long", "newThing": [1, 2]}""").orElseThrow();

        assertEquals(10, c.questionCount());
        assertEquals(QuestionSelection.BALANCED, c.selection());
        assertEquals(2, c.followUps());
        assertEquals(AnswerMode.TYPED, c.mode());
        assertEquals(Duration.ZERO, c.prep());
        assertEquals(Optional.empty(), c.answerTargetOverride());
        assertEquals(InterviewPresets.fullLoop().config().scoring(), c.scoring());
        assertFalse(InterviewJson.fromJsonText("{broken").isPresent());
    }

    @Test
    void presetsHaveTheAdvertisedShape() {
        InterviewConfig quick = InterviewPresets.quickQuestion().config();
        assertEquals(1, quick.questionCount());
        assertEquals(Duration.ofSeconds(30), quick.prep());
        assertEquals(1, quick.followUps());
        assertEquals(ScoringTiming.AFTER_EACH, quick.scoring());
        InterviewConfig loop = InterviewPresets.fullLoop().config();
        assertEquals(5, loop.questionCount());
        assertEquals(2, loop.followUps());
        assertEquals(ScoringTiming.AT_END, loop.scoring());
        assertEquals(QuestionSelection.BALANCED, loop.selection());
        assertEquals(3, InterviewPresets.weakestArea().config().questionCount());
        assertTrue(InterviewPresets.isBuiltInName(" full loop "));
    }

    @Test
    void configRejectsOutOfRangeValuesFromCode() {
        InterviewConfig base = InterviewPresets.fullLoop().config();
        assertThrows(IllegalArgumentException.class, () -> base.withQuestionCount(0));
        assertThrows(IllegalArgumentException.class, () -> base.withQuestionCount(11));
        assertThrows(IllegalArgumentException.class, () -> new InterviewConfig(1, QuestionSelection.RANDOM, List.of(),
                Duration.ZERO, null, 3, null, AnswerMode.TYPED, ScoringTiming.AT_END));
    }

    @Test
    void plannedTimeAddsPrepTargetAndFollowUps() {
        InterviewConfig loop = InterviewPresets.fullLoop().config();
        // 5 × (60 s prep + 120 s target + 2 × 60 s follow-ups) = 25 minutes of the fixture questions.
        assertEquals(Duration.ofMinutes(25), loop.plannedDuration(List.of(InterviewFixtures.question("1"),
                InterviewFixtures.question("2"), InterviewFixtures.question("3"), InterviewFixtures.question("4"),
                InterviewFixtures.question("5"))));
    }
}
