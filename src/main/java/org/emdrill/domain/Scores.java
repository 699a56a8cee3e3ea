package org.emdrill.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Self-scores from 1 to 5 per dimension. A dimension that is absent was "not shown" in the answer.
 */
public record Scores(Map<Dimension, Integer> values) {

    public Scores {
        EnumMap<Dimension, Integer> copy = new EnumMap<>(Dimension.class);
        for (Map.Entry<Dimension, Integer> e : values.entrySet()) {
            int v = e.getValue();
            if (v < RubricDimension.MIN_LEVEL || v > RubricDimension.MAX_LEVEL) {
                throw new IllegalArgumentException("score out of range for " + e.getKey().id() + ": " + v);
            }
            copy.put(e.getKey(), v);
        }
        values = Collections.unmodifiableMap(copy);
    }

    public static Scores none() {
        return new Scores(Map.of());
    }

    public Optional<Integer> of(Dimension dimension) {
        return Optional.ofNullable(values.get(dimension));
    }

    public Scores with(Dimension dimension, Integer score) {
        EnumMap<Dimension, Integer> copy = new EnumMap<>(Dimension.class);
        copy.putAll(values);
        if (score == null) {
            copy.remove(dimension);
        } else {
            copy.put(dimension, score);
        }
        return new Scores(copy);
    }

    /**
     * The mean of the scores weighted by the question's dimension weights. Dimensions the question does
     * not target carry no weight; a targeted dimension left unscored is left out of the mean.
     */
    public OptionalDouble overall(Map<Dimension, Integer> weights) {
        double sum = 0;
        double weightSum = 0;
        for (Map.Entry<Dimension, Integer> w : weights.entrySet()) {
            Integer score = values.get(w.getKey());
            if (score != null && w.getValue() > 0) {
                sum += score * (double) w.getValue();
                weightSum += w.getValue();
            }
        }
        return weightSum == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / weightSum);
    }
}
