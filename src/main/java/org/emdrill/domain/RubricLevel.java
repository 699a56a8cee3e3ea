package org.emdrill.domain;

import java.util.List;
import java.util.Objects;

/**
 * What one score (1 to 5) on one dimension means.
 *
 * @param level               1 to 5
 * @param description         the level as it applies to a real story, the wording every caller has used so far
 * @param scenarioDescription the same level for an answer to a hypothetical scenario, judged on reasoning rather
 *                            than on outcomes; empty when the rubric gives none, and then the description applies
 * @param markers             things a candidate can check in their own answer (said a number, named the trade-off),
 *                            empty when the rubric gives none
 */
public record RubricLevel(int level, String description, String scenarioDescription, List<String> markers) {

    public RubricLevel {
        if (level < RubricDimension.MIN_LEVEL || level > RubricDimension.MAX_LEVEL) {
            throw new IllegalArgumentException("a rubric level is 1 to 5: " + level);
        }
        Objects.requireNonNull(description, "description");
        scenarioDescription = scenarioDescription == null ? "" : scenarioDescription;
        markers = markers == null ? List.of() : List.copyOf(markers);
    }

    /** A level described by one text only, as in the first rubric format. */
    public static RubricLevel of(int level, String description) {
        return new RubricLevel(level, description, "", List.of());
    }

    /** The wording for a story answer, or for a scenario answer when {@code scenario} and the rubric has one. */
    public String describe(boolean scenario) {
        return scenario && !scenarioDescription.isBlank() ? scenarioDescription : description;
    }
}
