package org.emdrill.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class WindowBoundsTest {

    private static final WindowBounds.Area LAPTOP = new WindowBounds.Area(0, 0, 1366, 738);
    private static final WindowBounds.Area RIGHT_MONITOR = new WindowBounds.Area(1366, 0, 2560, 1400);

    @Test
    void aWindowSavedOnALargerMonitorOpensWhollyOnASmallerOne() {
        WindowBounds saved = new WindowBounds(2000, 300, 2400, 1300, false);

        WindowBounds b = saved.clampedTo(List.of(LAPTOP));

        assertEquals(new WindowBounds(0, 0, 1366, 738, false), b);
    }

    @Test
    void aWindowHangingOffTheEdgeIsMovedBackOntoItsScreen() {
        WindowBounds b = new WindowBounds(3500, -50, 1280, 820, false).clampedTo(List.of(LAPTOP, RIGHT_MONITOR));

        assertEquals(new WindowBounds(1366 + 2560 - 1280, 0, 1280, 820, false), b);
    }

    @Test
    void aWindowThatFitsStaysWhereItWas() {
        WindowBounds saved = new WindowBounds(1500, 100, 1280, 820, true);

        assertEquals(saved, saved.clampedTo(List.of(LAPTOP, RIGHT_MONITOR)));
    }

    @Test
    void absurdValuesBecomeDefaultsBeforeClamping() {
        WindowBounds b = new WindowBounds(1e308, Double.NaN, 1e308, Double.NEGATIVE_INFINITY, false)
                .clampedTo(List.of(RIGHT_MONITOR));

        assertFalse(b.hasPosition());
        assertEquals(1280, b.width());
        assertEquals(820, b.height());
    }
}
