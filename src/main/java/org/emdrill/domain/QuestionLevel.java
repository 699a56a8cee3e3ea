package org.emdrill.domain;

import java.util.Optional;

/** The seniority a question is pitched at. */
public enum QuestionLevel implements Identified {
    NEW_MANAGER("new-manager", "New manager"),
    EXPERIENCED_MANAGER("experienced-manager", "Experienced manager"),
    MANAGER_OF_MANAGERS("manager-of-managers", "Manager of managers");

    private final String id;
    private final String displayName;

    QuestionLevel(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<QuestionLevel> fromId(String id) {
        return Identified.byId(QuestionLevel.class, id);
    }
}
