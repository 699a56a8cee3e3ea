package org.emdrill.domain;

import java.util.Optional;

/** How the candidate answered: typed into the app, or spoken aloud while the timer ran. */
public enum AnswerMode implements Identified {
    TYPED("typed", "Typed"),
    SPOKEN("spoken", "Spoken");

    private final String id;
    private final String displayName;

    AnswerMode(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<AnswerMode> fromId(String id) {
        return Identified.byId(AnswerMode.class, id);
    }
}
