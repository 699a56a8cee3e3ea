package org.emdrill.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The app's screens, in sidebar order. */
public enum Screen {
    PRACTICE("Practice", Feather.PLAY_CIRCLE, "Ctrl+1"),
    MOCK_INTERVIEW("Mock interview", Feather.USERS, "Ctrl+2"),
    HISTORY("History", Feather.CLOCK, "Ctrl+3"),
    PROGRESS("Progress", Feather.TRENDING_UP, "Ctrl+4"),
    BANKS("Banks", Feather.LAYERS, "Ctrl+5"),
    STORIES("My stories", Feather.BOOK_OPEN, "Ctrl+6"),
    SETTINGS("Settings", Feather.SETTINGS, "Ctrl+7");

    private final String title;
    private final Ikon icon;
    private final String shortcut;

    Screen(String title, Ikon icon, String shortcut) {
        this.title = title;
        this.icon = icon;
        this.shortcut = shortcut;
    }

    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }

    public String shortcut() {
        return shortcut;
    }
}
