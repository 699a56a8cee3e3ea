package org.emdrill.ui.practice;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCombination;
import org.emdrill.ui.shell.Shortcuts;
import org.junit.jupiter.api.Test;

/** Every key the Practice screen handles appears on the shortcut sheet under Practice. */
class ShortcutsListedTest {

    @Test
    void everyPracticeShortcutIsOnTheSheet() {
        for (KeyCombination k : new KeyCombination[] {
                PracticeView.PRIMARY, PracticeView.PAUSE, PracticeView.NEXT, PracticeView.SKIP_PREP, PracticeView.SAVE}) {
            assertTrue(Shortcuts.all().stream().anyMatch(s -> s.where().equals("Practice") && s.keys().equals(k)),
                    "missing from the sheet: " + k);
        }
    }
}
