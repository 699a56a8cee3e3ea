package org.emdrill.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scoring guide: for every dimension, what each level from 1 to 5 means, what a candidate can check in
 * their answer, and what passes at each manager level; plus optional dimensions a user may turn on.
 *
 * @param optionalDimensions by id, in the order the rubric lists them
 */
public record Rubric(Map<Dimension, RubricDimension> dimensions, Map<String, OptionalDimension> optionalDimensions) {

    public Rubric {
        EnumMap<Dimension, RubricDimension> copy = new EnumMap<>(Dimension.class);
        copy.putAll(dimensions);
        dimensions = Collections.unmodifiableMap(copy);
        optionalDimensions = Collections.unmodifiableMap(new LinkedHashMap<>(optionalDimensions));
    }

    public Rubric(Map<Dimension, RubricDimension> dimensions) {
        this(dimensions, Map.of());
    }

    /** The text describing {@code level} for {@code dimension}, or an empty string when unknown. */
    public String describe(Dimension dimension, int level) {
        return describe(dimension, level, false);
    }

    /** As {@link #describe(Dimension, int)}, in the scenario wording when {@code scenario} and the rubric has it. */
    public String describe(Dimension dimension, int level, boolean scenario) {
        RubricDimension d = dimensions.get(dimension);
        return d == null ? "" : d.describe(level, scenario);
    }

    /** What a candidate can check in their own answer at that level; empty when the rubric gives none. */
    public List<String> markers(Dimension dimension, int level) {
        RubricDimension d = dimensions.get(dimension);
        return d == null ? List.of() : d.scale().markers(level);
    }

    public Optional<PassMark> passMark(Dimension dimension, QuestionLevel managerLevel) {
        RubricDimension d = dimensions.get(dimension);
        return d == null ? Optional.empty() : d.scale().passMark(managerLevel);
    }

    public String assesses(Dimension dimension) {
        RubricDimension d = dimensions.get(dimension);
        return d == null || d.assesses().isBlank() ? dimension.assesses() : d.assesses();
    }

    public Optional<OptionalDimension> optionalDimension(String id) {
        return Optional.ofNullable(optionalDimensions.get(id));
    }

    public static Rubric empty() {
        return new Rubric(Map.of());
    }
}
