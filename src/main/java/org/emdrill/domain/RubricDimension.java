package org.emdrill.domain;

import java.util.Map;
import java.util.Objects;

/**
 * What one dimension assesses, and what an answer at each level 1 to 5 looks like.
 */
public record RubricDimension(Dimension dimension, String assesses, Map<Integer, String> levels) {

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 5;

    public RubricDimension {
        Objects.requireNonNull(dimension, "dimension");
        assesses = assesses == null ? "" : assesses;
        levels = Map.copyOf(levels);
    }

    public String describe(int level) {
        return levels.getOrDefault(level, "");
    }
}
