package org.emdrill.ui.common;

import java.util.Optional;

/**
 * A screen that can hold work not yet on disk (most screens autosave and need not implement this).
 * Closing the window asks before such work is lost.
 */
public interface UnsavedWork {

    /** What is unsaved, in words that finish "You have unsaved …", or empty when all is saved. */
    Optional<String> unsavedWork();
}
