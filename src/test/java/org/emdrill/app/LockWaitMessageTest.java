package org.emdrill.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The wait for a locked history file is told as long as it really is. */
class LockWaitMessageTest {

    @Test
    void statesTheRealBoundOfTheAutomaticWait() {
        String text = StartupFailureWindow.waitingMessage();
        assertTrue(text.contains("up to " + StartupFailureWindow.AUTOMATIC_WAIT_MILLIS / 1000 + " seconds"), text);
        assertFalse(text.contains("a few seconds"), text);
    }
}
