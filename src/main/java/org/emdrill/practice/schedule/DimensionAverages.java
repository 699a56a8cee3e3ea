package org.emdrill.practice.schedule;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;

/**
 * The mean self-score per dimension over some attempts, with how many scores each mean rests on.
 * A dimension with no scores has no mean (it is absent, not zero). This is the one record for it: the
 * store computes it in SQL, Progress, Practice and mock interviews read it. Which dimension counts as
 * the weakest is decided in one place, {@code insights.WeakestDimension}, not here.
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
        EnumMap<Dimension, Long> sums = new EnumMap<>(Dimension.class);
        EnumMap<Dimension, Integer> counts = new EnumMap<>(Dimension.class);
        for (Scores s : scores) {
            s.values().forEach((d, v) -> {
                sums.merge(d, (long) v, Long::sum);
                counts.merge(d, 1, Integer::sum);
            });
        }
        return fromSums(sums, counts);
    }

    /** {@link #of(Collection)} over the attempts' scores. */
    public static DimensionAverages ofAttempts(Collection<Attempt> attempts) {
        return of(attempts.stream().map(Attempt::scores).toList());
    }

    /** From sums and counts per dimension, as SQL's {@code SUM} and {@code COUNT} give them. */
    public static DimensionAverages fromSums(Map<Dimension, Long> sums, Map<Dimension, Integer> counts) {
        EnumMap<Dimension, Double> means = new EnumMap<>(Dimension.class);
        EnumMap<Dimension, Integer> kept = new EnumMap<>(Dimension.class);
        counts.forEach((d, n) -> {
            if (n > 0) {
                means.put(d, sums.getOrDefault(d, 0L) / (double) n);
                kept.put(d, n);
            }
        });
        return new DimensionAverages(means, kept);
    }

    public OptionalDouble of(Dimension dimension) {
        Double mean = means.get(dimension);
        return mean == null ? OptionalDouble.empty() : OptionalDouble.of(mean);
    }

    /** How many scores the dimension's mean is over; 0 when it was never scored. */
    public int count(Dimension dimension) {
        return counts.getOrDefault(dimension, 0);
    }

    public boolean isEmpty() {
        return means.isEmpty();
    }

    /**
     * The dimension with the lowest mean among these scores alone (ties: the earlier in the rubric's
     * order), empty when nothing was scored. No minimum count applies: this describes one set of
     * scores, such as one mock interview, and is not the all-time weakest dimension.
     */
    public Optional<Dimension> lowestHere() {
        return means.entrySet().stream()
                .min(Map.Entry.<Dimension, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }
}
