package org.emdrill.ui.mockinterview;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCombination;
import org.emdrill.ui.shell.Shortcuts;
import org.junit.jupiter.api.Test;

/** Every key the Mock interview screen handles appears on the shortcut sheet under Mock interview. */
class ShortcutsListedTest {

    @Test
    void everyMockInterviewShortcutIsOnTheSheet() {
        for (KeyCombination k : new KeyCombination[] {MockInterviewView.NEXT, MockInterviewView.PAUSE, MockInterviewView.SKIP_PREP}) {
            assertTrue(Shortcuts.all().stream().anyMatch(s -> s.where().equals("Mock interview") && s.keys().equals(k)),
                    "missing from the sheet: " + k);
        }
    }
}
