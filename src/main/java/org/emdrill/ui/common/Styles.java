package org.emdrill.ui.common;

import java.util.Objects;

/** Style-class names used by the views, and the app stylesheet. */
public final class Styles {
    public static final String APP_CSS = Objects.requireNonNull(
            Styles.class.getResource("/org/emdrill/ui/app.css")).toExternalForm();

    public static final String SIDEBAR = "sidebar";
    public static final String NAV_BUTTON = "nav-button";
    public static final String SCREEN = "screen";
    public static final String SCREEN_TITLE = "screen-title";
    public static final String CARD = "card";
    public static final String PROMPT = "prompt";
    public static final String TIMER = "timer";
    public static final String MUTED = "muted";
    public static final String SECTION_TITLE = "section-title";
    public static final String BANNER = "banner";
    public static final String OVER_TARGET = "over-target";
    public static final String TARGETED = "targeted";

    private Styles() {
    }
}
