package org.emdrill.insights;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;

/**
 * The mean self-score of each dimension over some attempts, and how many scores each mean is over.
 * Dimensions never scored are absent.
 */
public record DimensionAverages(Map<Dimension, Double> averages, Map<Dimension, Integer> counts) {

    public static final DimensionAverages NONE = new DimensionAverages(Map.of(), Map.of());

    public DimensionAverages {
        averages = Collections.unmodifiableMap(averages.isEmpty() ? new EnumMap<>(Dimension.class)
                : new EnumMap<>(averages));
        counts = Collections.unmodifiableMap(counts.isEmpty() ? new EnumMap<>(Dimension.class) : new EnumMap<>(counts));
    }

    public static DimensionAverages of(Collection<Attempt> attempts) {
        Map<Dimension, Integer> sums = new EnumMap<>(Dimension.class);
        Map<Dimension, Integer> counts = new EnumMap<>(Dimension.class);
        for (Attempt a : attempts) {
            a.scores().values().forEach((d, score) -> {
                sums.merge(d, score, Integer::sum);
                counts.merge(d, 1, Integer::sum);
            });
        }
        Map<Dimension, Double> averages = new EnumMap<>(Dimension.class);
        counts.forEach((d, n) -> averages.put(d, sums.get(d) / (double) n));
        return new DimensionAverages(averages, counts);
    }

    public OptionalDouble average(Dimension dimension) {
        Double value = averages.get(dimension);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    public int count(Dimension dimension) {
        return counts.getOrDefault(dimension, 0);
    }
}
