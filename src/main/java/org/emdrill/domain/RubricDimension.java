package org.emdrill.domain;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one of the five assessed dimensions assesses, and what an answer at each level 1 to 5 looks like.
 */
public record RubricDimension(Dimension dimension, String assesses, RubricScale scale) {

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 5;

    public RubricDimension {
        Objects.requireNonNull(dimension, "dimension");
        assesses = assesses == null ? "" : assesses;
        Objects.requireNonNull(scale, "scale");
    }

    /** One text per level, as the first rubric format had it. */
    public RubricDimension(Dimension dimension, String assesses, Map<Integer, String> levels) {
        this(dimension, assesses, RubricScale.ofDescriptions(levels));
    }

    /** The description of each level, for callers written before levels had markers. */
    public Map<Integer, String> levels() {
        Map<Integer, String> texts = new TreeMap<>();
        scale.levels().forEach((level, l) -> texts.put(level, l.description()));
        return Map.copyOf(texts);
    }

    public String describe(int level) {
        return scale.describe(level, false);
    }

    public String describe(int level, boolean scenario) {
        return scale.describe(level, scenario);
    }
}
