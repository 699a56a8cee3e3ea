package org.emdrill.practice;

import org.emdrill.domain.Identified;

/** The order in which a practice run walks through the chosen questions. */
public enum QuestionOrder implements Identified {
    RANDOM("random", "Random, no repeats"),
    IN_ORDER("in-order", "In bank order");

    private final String id;
    private final String displayName;

    QuestionOrder(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public static QuestionOrder fromId(String id) {
        return Identified.byId(QuestionOrder.class, id).orElse(RANDOM);
    }
}
