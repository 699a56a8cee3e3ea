package org.emdrill.ui.common;

/**
 * A message for the window's banner.
 *
 * @param target the screen that explains more ("banks", "settings"), or empty
 */
public record Notice(Kind kind, String text, String target) {
    public enum Kind {
        INFO, WARNING, ERROR
    }
}
