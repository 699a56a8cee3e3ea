package org.emdrill.ui.common;

/**
 * A screen's work in progress that is autosaved as a draft. The window flushes every one of them when
 * it loses focus or closes, whether or not the screen was ever opened.
 */
public interface AutosavedWork {

    /** Writes the draft now, if there is anything to keep. */
    void flushDraft();
}
