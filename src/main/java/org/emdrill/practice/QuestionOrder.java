package org.emdrill.practice;

/** The order in which a practice run walks through the chosen questions. */
public enum QuestionOrder {
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
        for (QuestionOrder o : values()) {
            if (o.id.equals(id)) {
                return o;
            }
        }
        return RANDOM;
    }
}
