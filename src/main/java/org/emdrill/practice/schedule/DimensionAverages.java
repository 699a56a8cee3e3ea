package org.emdrill.practice.schedule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;

/**
 * The mean self-score per dimension over some attempts, with how many scores each mean rests on.
 * A dimension with no scores has no mean (it is absent, not zero).
 */
public record DimensionAverages(Map<Dimension, Double> means, Map<Dimension, Integer> counts) {

    public DimensionAverages {
        EnumMap<Dimension, Double> m = new EnumMap<>(Dimension.class);
        m.putAll(means);
        EnumMap<Dimension, Integer> c = new EnumMap<>(Dimension.class);
        c.putAll(counts);
        means = Collections.unmodifiableMap(m);
        counts = Collections.unmodifiableMap(c);
    }

    public static DimensionAverages none() {
        return new DimensionAverages(Map.of(), Map.of());
    }

    /** Plain means of the given scores; unscored dimensions of an attempt do not count. */
    public static DimensionAverages of(Collection<Scores> scores) {
        EnumMap<Dimension, Double> sums = new EnumMap<>(Dimension.class);
        EnumMap<Dimension, Integer> counts = new EnumMap<>(Dimension.class);
        for (Scores s : scores) {
            s.values().forEach((d, v) -> {
                sums.merge(d, (double) v, Double::sum);
                counts.merge(d, 1, Integer::sum);
            });
        }
        EnumMap<Dimension, Double> means = new EnumMap<>(Dimension.class);
        sums.forEach((d, sum) -> means.put(d, sum / counts.get(d)));
        return new DimensionAverages(means, counts);
    }

    public OptionalDouble of(Dimension dimension) {
        Double mean = means.get(dimension);
        return mean == null ? OptionalDouble.empty() : OptionalDouble.of(mean);
    }

    public boolean isEmpty() {
        return means.isEmpty();
    }

    /**
     * The dimension to practise: one never scored comes first (nothing is known about it), otherwise the
     * lowest mean; ties go to the earlier dimension in the rubric's order.
     */
    public Dimension weakest() {
        return weakestFirst().get(0);
    }

    /** Every dimension, weakest first, by the rule of {@link #weakest()}. */
    public List<Dimension> weakestFirst() {
        List<Dimension> order = new ArrayList<>(List.of(Dimension.values()));
        order.sort(Comparator.comparing((Dimension d) -> means.containsKey(d))
                .thenComparing(d -> means.getOrDefault(d, 0.0)));
        return order;
    }

    /** The scored dimension with the lowest mean, empty when nothing was scored. */
    public Optional<Dimension> lowestScored() {
        return means.entrySet().stream()
                .min(Map.Entry.<Dimension, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }
}
