package org.emdrill.ui.banks;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;

/**
 * How much of a bank tests each dimension: the sum of the questions' weights per dimension. It tells
 * the user at a glance whether a bank drills, say, mostly coaching or a bit of everything.
 */
public record DimensionCoverage(Map<Dimension, Integer> weights) {

    public DimensionCoverage {
        EnumMap<Dimension, Integer> copy = new EnumMap<>(Dimension.class);
        copy.putAll(weights);
        weights = Collections.unmodifiableMap(copy);
    }

    public static DimensionCoverage of(QuestionBank bank) {
        EnumMap<Dimension, Integer> sums = new EnumMap<>(Dimension.class);
        for (Question q : bank.questions()) {
            q.dimensions().forEach((d, w) -> sums.merge(d, w, Integer::sum));
        }
        return new DimensionCoverage(sums);
    }

    public int total() {
        return weights.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The dimensions at least one question tests, in the standard order. */
    public List<Dimension> covered() {
        return List.copyOf(weights.keySet());
    }

    /** The share of the total weight, from 0 to 1. */
    public double share(Dimension d) {
        int total = total();
        return total == 0 ? 0 : weights.getOrDefault(d, 0) / (double) total;
    }

    /** For example "Coaching 40% · Leadership 35% · Execution 25%", biggest first. */
    public String describe() {
        if (weights.isEmpty()) {
            return "No dimensions";
        }
        return weights.keySet().stream()
                .sorted((a, b) -> Integer.compare(weights.get(b), weights.get(a)))
                .map(d -> d.displayName() + " " + Math.round(share(d) * 100) + "%")
                .collect(Collectors.joining(" · "));
    }

    /** The style-class suffix for a dimension's colour, e.g. {@code dim-coaching}. */
    public static String styleClass(Dimension d) {
        return "dim-" + d.id().toLowerCase(Locale.ROOT);
    }
}
