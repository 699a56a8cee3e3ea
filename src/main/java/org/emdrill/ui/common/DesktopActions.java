package org.emdrill.ui.common;

import java.nio.file.Path;

/** What the app asks of the desktop itself; an interface so tests need no file manager. */
public interface DesktopActions {

    /** Shows {@code folder} in the system's file manager. */
    void openFolder(Path folder);
}
