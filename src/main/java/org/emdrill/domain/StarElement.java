package org.emdrill.domain;

/** The parts of a well-structured behavioral answer, ticked off by the candidate after answering. */
public enum StarElement {
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
        for (StarElement e : values()) {
            if (e.id.equals(id)) {
                return java.util.Optional.of(e);
            }
        }
        return java.util.Optional.empty();
    }
}
