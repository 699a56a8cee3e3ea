package org.emdrill.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut the app has, grouped by where it works, for the shortcut sheet. The screens own
 * their key handling; tests beside each screen check that what they handle is listed here.
 */
public final class Shortcuts {

    /** One shortcut: the keys (shown in the platform's own notation), what it does, and where. */
    public record Shortcut(String where, KeyCombination keys, String action) {
        /** The platform's notation, with Enter spelled out: the return-arrow glyph is easy to misread. */
        public String keysText() {
            return keys.getDisplayText().replace("\u21b5", "Enter");
        }
    }

    public static final KeyCombination SHEET = new KeyCodeCombination(KeyCode.F1);
    public static final KeyCombination SHEET_ALT = new KeyCharacterCombination("/", KeyCombination.SHORTCUT_DOWN);

    private Shortcuts() {
    }

    public static List<Shortcut> all() {
        List<Shortcut> all = new ArrayList<>();
        String anywhere = "Anywhere";
        for (Screen s : Screen.values()) {
            all.add(new Shortcut(anywhere, screenKey(s), "Go to " + s.title()));
        }
        all.add(new Shortcut(anywhere, SHEET, "Show this list of shortcuts"));
        all.add(new Shortcut(anywhere, SHEET_ALT, "Show this list of shortcuts"));
        all.add(new Shortcut(anywhere, plain(KeyCode.ESCAPE), "Close this list, or the welcome guide"));

        String practice = "Practice";
        all.add(new Shortcut(practice, shortcut(KeyCode.ENTER),
                "Next step: start, start answering, finish the answer, save, next question"));
        all.add(new Shortcut(practice, shortcut(KeyCode.K), "Skip the prep time"));
        all.add(new Shortcut(practice, shortcut(KeyCode.P), "Pause or resume the timer"));
        all.add(new Shortcut(practice, shortcut(KeyCode.S), "Save the attempt"));
        all.add(new Shortcut(practice, shortcut(KeyCode.N), "Next question, once the attempt is saved"));

        String mock = "Mock interview";
        all.add(new Shortcut(mock, shortcut(KeyCode.ENTER),
                "Next step: start, end thinking time or the answer, submit the score"));
        all.add(new Shortcut(mock, shortcut(KeyCode.K), "Skip the thinking time"));
        all.add(new Shortcut(mock, shortcut(KeyCode.P), "Pause or resume the interview"));

        String history = "History";
        all.add(new Shortcut(history, shortcut(KeyCode.F), "Search your answers"));
        all.add(new Shortcut(history, plain(KeyCode.ENTER), "Open the selected attempt"));
        all.add(new Shortcut(history, plain(KeyCode.DELETE), "Delete the selected attempt"));
        all.add(new Shortcut(history, shortcut(KeyCode.Z), "Undo the last delete"));
        all.add(new Shortcut(history, plain(KeyCode.ESCAPE), "Clear the search, or close the comparison"));

        all.add(new Shortcut("Bank editor", shortcut(KeyCode.S), "Save the bank"));
        return List.copyOf(all);
    }

    /** The shortcut that opens a screen: Ctrl+1 for the first in the sidebar, and so on. */
    public static KeyCombination screenKey(Screen s) {
        return shortcut(KeyCode.valueOf("DIGIT" + (s.ordinal() + 1)));
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination plain(KeyCode code) {
        return new KeyCodeCombination(code);
    }
}
