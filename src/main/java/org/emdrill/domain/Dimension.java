package org.emdrill.domain;

import java.util.Optional;

/** The five things an engineering-manager interviewer assesses. The ids are part of the bank format. */
public enum Dimension implements Identified {
    LEADERSHIP("leadership", "Leadership", "Ability to inspire and guide"),
    CONFLICT_RESOLUTION("conflict-resolution", "Conflict Resolution", "Calm handling of disagreements"),
    EXECUTION("execution", "Execution", "Delivery discipline and prioritization"),
    COACHING("coaching", "Coaching", "Talent development capability"),
    STRATEGIC_THINKING("strategic-thinking", "Strategic Thinking", "Long-term planning mindset");

    private final String id;
    private final String displayName;
    private final String assesses;

    Dimension(String id, String displayName, String assesses) {
        this.id = id;
        this.displayName = displayName;
        this.assesses = assesses;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** A one-line summary of what interviewers look for; the rubric has the detail. */
    public String assesses() {
        return assesses;
    }

    public static Optional<Dimension> fromId(String id) {
        return Identified.byId(Dimension.class, id);
    }

    public static String allIds() {
        StringBuilder sb = new StringBuilder();
        for (Dimension d : values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(d.id);
        }
        return sb.toString();
    }
}
