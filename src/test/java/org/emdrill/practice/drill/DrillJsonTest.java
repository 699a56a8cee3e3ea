package org.emdrill.practice.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.emdrill.domain.AnswerMode;
import org.junit.jupiter.api.Test;

class DrillJsonTest {

    @Test
    void everyBuiltInPresetSurvivesTheRoundTrip() {
        for (DrillPreset p : DrillPresets.builtIn()) {
            assertEquals(Optional.of(p.config()), DrillJson.fromJsonText(DrillJson.toJsonText(p.config())), p.name());
        }
        DrillConfig custom = new DrillConfig(7, QuestionSelection.RANDOM, List.of("hiring", "strategy"),
                Duration.ZERO, Duration.ofSeconds(90), 0, Duration.ofSeconds(45), AnswerMode.TYPED,
                ScoringTiming.AFTER_EACH);
        assertEquals(Optional.of(custom), DrillJson.fromJsonText(DrillJson.toJsonText(custom)));
    }

    @Test
    void unknownFieldsAreIgnoredAndMissingOrWrongOnesFallBackOrAreClamped() {
        DrillConfig c = DrillJson.fromJsonText("""
                {"questionCount": 40, "selection": "by-mood", "followUps": 9, "mode": "typed",
                 "prepSeconds": -5, "targetSeconds": "long", "newThing": [1, 2]}""").orElseThrow();

        assertEquals(10, c.questionCount());
        assertEquals(QuestionSelection.BALANCED, c.selection());
        assertEquals(2, c.followUps());
        assertEquals(AnswerMode.TYPED, c.mode());
        assertEquals(Duration.ZERO, c.prep());
        assertEquals(Optional.empty(), c.answerTargetOverride());
        assertEquals(DrillPresets.fullLoop().config().scoring(), c.scoring());
        assertFalse(DrillJson.fromJsonText("{broken").isPresent());
    }

    @Test
    void presetsHaveTheAdvertisedShape() {
        DrillConfig quick = DrillPresets.quickQuestion().config();
        assertEquals(1, quick.questionCount());
        assertEquals(Duration.ofSeconds(30), quick.prep());
        assertEquals(1, quick.followUps());
        assertEquals(ScoringTiming.AFTER_EACH, quick.scoring());
        DrillConfig loop = DrillPresets.fullLoop().config();
        assertEquals(5, loop.questionCount());
        assertEquals(2, loop.followUps());
        assertEquals(ScoringTiming.AT_END, loop.scoring());
        assertEquals(QuestionSelection.BALANCED, loop.selection());
        assertEquals(3, DrillPresets.weakestArea().config().questionCount());
        assertTrue(DrillPresets.isBuiltInName(" full loop "));
    }

    @Test
    void configRejectsOutOfRangeValuesFromCode() {
        DrillConfig base = DrillPresets.fullLoop().config();
        assertThrows(IllegalArgumentException.class, () -> base.withQuestionCount(0));
        assertThrows(IllegalArgumentException.class, () -> base.withQuestionCount(11));
        assertThrows(IllegalArgumentException.class, () -> new DrillConfig(1, QuestionSelection.RANDOM, List.of(),
                Duration.ZERO, null, 3, null, AnswerMode.TYPED, ScoringTiming.AT_END));
    }

    @Test
    void plannedTimeAddsPrepTargetAndFollowUps() {
        DrillConfig loop = DrillPresets.fullLoop().config();
        // 5 × (60 s prep + 120 s target + 2 × 60 s follow-ups) = 25 minutes of the fixture questions.
        assertEquals(Duration.ofMinutes(25), loop.plannedDuration(List.of(DrillFixtures.question("1"),
                DrillFixtures.question("2"), DrillFixtures.question("3"), DrillFixtures.question("4"),
                DrillFixtures.question("5"))));
    }
}
