package org.emdrill.practice.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SelfScoreGradeTest {

    @Test
    void mapsTheOverallScoreAtEachThreshold() {
        assertEquals(Optional.of(Grade.AGAIN), SelfScoreGrade.of(1.0));
        assertEquals(Optional.of(Grade.AGAIN), SelfScoreGrade.of(1.99));
        assertEquals(Optional.of(Grade.HARD), SelfScoreGrade.of(2.0));
        assertEquals(Optional.of(Grade.HARD), SelfScoreGrade.of(2.99));
        assertEquals(Optional.of(Grade.GOOD), SelfScoreGrade.of(3.0));
        assertEquals(Optional.of(Grade.GOOD), SelfScoreGrade.of(4.24));
        assertEquals(Optional.of(Grade.EASY), SelfScoreGrade.of(4.25));
        assertEquals(Optional.of(Grade.EASY), SelfScoreGrade.of(5.0));
    }

    @Test
    void anUnscoredAttemptHasNoGrade() {
        assertEquals(Optional.empty(), SelfScoreGrade.of((Double) null));
        assertEquals(Optional.empty(), SelfScoreGrade.of(OptionalDouble.empty()));
    }
}
