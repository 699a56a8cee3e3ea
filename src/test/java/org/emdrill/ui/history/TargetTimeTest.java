package org.emdrill.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TargetTimeTest {

    @Test
    void readsAsAnswerTimeOverTarget() {
        TargetTime t = new TargetTime(Duration.ofSeconds(125), 150);
        assertEquals("2:05 / 2:30", t.text());
        assertFalse(t.overTarget());
        assertEquals("0:25 under the 2:30 target", t.explanation());
    }

    @Test
    void isOverOnlyPastTheTargetsLastWholeSecond() {
        assertFalse(new TargetTime(Duration.ofMillis(150_900), 150).overTarget(), "shown as 2:30, on target");
        TargetTime over = new TargetTime(Duration.ofSeconds(165), 150);
        assertTrue(over.overTarget());
        assertEquals("0:15 over the 2:30 target", over.explanation());
    }

    @Test
    void withoutATargetShowsJustTheTime() {
        TargetTime t = new TargetTime(Duration.ofSeconds(61), 0);
        assertEquals("1:01", t.text());
        assertFalse(t.overTarget());
    }
}
