package org.emdrill.domain;

import java.util.Objects;

/**
 * What counts as a pass on one dimension for a candidate interviewing at one manager level.
 *
 * @param managerLevel the level of the role being interviewed for
 * @param minimum      the lowest score (1 to 5) that passes at that level
 * @param description  what a passing answer shows at that level, in one or two sentences
 */
public record PassMark(QuestionLevel managerLevel, int minimum, String description) {

    public PassMark {
        Objects.requireNonNull(managerLevel, "managerLevel");
        if (minimum < RubricDimension.MIN_LEVEL || minimum > RubricDimension.MAX_LEVEL) {
            throw new IllegalArgumentException("a pass mark is a score from 1 to 5: " + minimum);
        }
        Objects.requireNonNull(description, "description");
    }

    public boolean passes(int score) {
        return score >= minimum;
    }
}
