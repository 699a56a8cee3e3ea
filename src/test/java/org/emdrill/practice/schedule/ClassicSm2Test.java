package org.emdrill.practice.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClassicSm2Test {

    @Test
    void easeChangesMatchThePapersFormulaForEveryQuality() {
        double[] expected = {-0.8, -0.54, -0.32, -0.14, 0.0, 0.1};
        for (int q = 0; q <= 5; q++) {
            assertEquals(expected[q], ClassicSm2.easeDelta(q), 1e-9, "quality " + q);
        }
    }

    @Test
    void easeIsFlooredAtOnePointThree() {
        assertEquals(1.3, ClassicSm2.nextEase(1.5, 0), 1e-9);
        assertEquals(2.6, ClassicSm2.nextEase(2.5, 5), 1e-9);
    }

    @Test
    void rejectsQualitiesOutsideZeroToFive() {
        assertThrows(IllegalArgumentException.class, () -> ClassicSm2.easeDelta(6));
        assertThrows(IllegalArgumentException.class, () -> ClassicSm2.easeDelta(-1));
    }
}
