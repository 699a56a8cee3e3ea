package org.emdrill.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RedFlagCapTest {

    private static final Question QUESTION = new Question("q", "Prompt?", List.of(),
            Map.of(Dimension.COACHING, 3, Dimension.EXECUTION, 1), List.of("Names the goal", "Agrees a date"),
            List.of("Blames the team", "Skips the conversation"), 150, null, List.of());

    @Test
    void noRedFlagTickedCapsNothingEvenWithSignalsTicked() {
        SignalTicks ticks = new SignalTicks(List.of("Names the goal"), List.of());

        assertEquals(Map.of(), RedFlagCap.caps(QUESTION, ticks));
        assertEquals(OptionalInt.empty(), RedFlagCap.capOf(QUESTION, ticks, Dimension.COACHING));
        assertFalse(RedFlagCap.above(QUESTION, ticks, Dimension.COACHING, 5));
    }

    @Test
    void aTickedRedFlagCapsEveryTargetedDimensionAtTwoAndNoOther() {
        SignalTicks ticks = new SignalTicks(List.of(), List.of("Blames the team"));

        assertEquals(Map.of(Dimension.COACHING, 2, Dimension.EXECUTION, 2), RedFlagCap.caps(QUESTION, ticks));
        assertEquals(OptionalInt.empty(), RedFlagCap.capOf(QUESTION, ticks, Dimension.LEADERSHIP),
                "a dimension the question does not target is not capped");
        assertFalse(RedFlagCap.above(QUESTION, ticks, Dimension.EXECUTION, 2));
        assertTrue(RedFlagCap.above(QUESTION, ticks, Dimension.EXECUTION, 3));
        assertFalse(RedFlagCap.above(QUESTION, ticks, Dimension.LEADERSHIP, 5));
    }

    @Test
    void twoRedFlagsCapAtTheSameLevelAsOne() {
        SignalTicks both = new SignalTicks(List.of(), QUESTION.redFlags());

        assertEquals(Map.of(Dimension.COACHING, 2, Dimension.EXECUTION, 2), RedFlagCap.caps(QUESTION, both));
    }

    @Test
    void ticksKeepTheQuestionsOrderAndDropBlanksAndRepeats() {
        SignalTicks ticks = SignalTicks.of(QUESTION, Set.of("Agrees a date", "Names the goal", "Not in this question"),
                Set.of("Skips the conversation"));

        assertEquals(List.of("Names the goal", "Agrees a date"), ticks.signals());
        assertEquals(List.of("Skips the conversation"), ticks.redFlags());
        assertEquals(List.of("a"), new SignalTicks(List.of("a", " ", "a"), null).signals());
        assertTrue(new SignalTicks(null, null).isEmpty());
    }
}
