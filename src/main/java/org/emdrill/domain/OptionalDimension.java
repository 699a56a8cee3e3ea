package org.emdrill.domain;

import java.util.Objects;

/**
 * A dimension a user may choose to score on top of the five assessed ones, such as communication. It is not a
 * {@link Dimension}: questions do not weight it, scores of it are not stored, and the overall score ignores it
 * (see decision record 0006). The rubric describes it so the app can offer it later without a format change.
 *
 * @param id          the rubric's key, following the id rule, never one of the five dimension ids
 * @param displayName how the app names it
 */
public record OptionalDimension(String id, String displayName, String assesses, RubricScale scale) {

    public OptionalDimension {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        assesses = assesses == null ? "" : assesses;
        Objects.requireNonNull(scale, "scale");
    }
}
