package org.emdrill.practice.mockinterview;

import org.emdrill.domain.Identified;

import java.util.Optional;

/** When the candidate scores the answers of a mock interview. */
public enum ScoringTiming implements Identified {
    /** After each question, while it is fresh. */
    AFTER_EACH("after-each", "After each question"),
    /** Only when the interview is over, as in a real loop where there is no time to reflect in between. */
    AT_END("at-end", "At the end");

    private final String id;
    private final String displayName;

    ScoringTiming(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<ScoringTiming> fromId(String id) {
        return Identified.byId(ScoringTiming.class, id);
    }
}
