package org.emdrill.ui.settings;

import java.nio.file.Path;

/** What the Settings screen asks of the desktop; an interface so tests need no file manager. */
public interface DesktopActions {

    /** Shows {@code folder} in the system's file manager. */
    void openFolder(Path folder);
}
