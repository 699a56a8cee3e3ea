package org.emdrill.settings;

/** The two looks the app offers. */
public enum Theme {
    LIGHT,
    DARK
}
