package org.emdrill.domain;

import java.util.Optional;

/**
 * The form of a question. Interviewers judge the two differently: a story is judged on what the
 * candidate really did and what happened; a scenario on the reasoning, since nothing has happened yet.
 */
public enum QuestionKind implements Identified {
    /** "Tell me about a time…": a real past situation. */
    STORY("story", "Story"),
    /** "What would you do…": a hypothetical situation. */
    SCENARIO("scenario", "Scenario");

    private final String id;
    private final String displayName;

    QuestionKind(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<QuestionKind> fromId(String id) {
        return Identified.byId(QuestionKind.class, id);
    }
}
