package org.emdrill.domain;

/** The parts of a well-structured behavioural answer, ticked off by the candidate after answering. */
public enum StarElement implements Identified {
    SITUATION("situation", "Situation"),
    TASK("task", "Task"),
    ACTION("action", "Action"),
    RESULT("result", "Result"),
    REFLECTION("reflection", "Reflection");

    private final String id;
    private final String displayName;

    StarElement(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public static java.util.Optional<StarElement> fromId(String id) {
        return Identified.byId(StarElement.class, id);
    }
}
