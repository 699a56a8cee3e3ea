package org.emdrill.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The scoring guide: for every dimension, what each level from 1 to 5 means. */
public record Rubric(Map<Dimension, RubricDimension> dimensions) {

    public Rubric {
        EnumMap<Dimension, RubricDimension> copy = new EnumMap<>(Dimension.class);
        copy.putAll(dimensions);
        dimensions = Collections.unmodifiableMap(copy);
    }

    /** The text describing {@code level} for {@code dimension}, or an empty string when unknown. */
    public String describe(Dimension dimension, int level) {
        RubricDimension d = dimensions.get(dimension);
        return d == null ? "" : d.describe(level);
    }

    public String assesses(Dimension dimension) {
        RubricDimension d = dimensions.get(dimension);
        return d == null || d.assesses().isBlank() ? dimension.assesses() : d.assesses();
    }

    public static Rubric empty() {
        return new Rubric(Map.of());
    }
}
