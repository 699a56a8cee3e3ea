package org.emdrill.insights;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;

/** How each dimension's self-score moves over time, smoothed as a moving average over N attempts. */
public final class DimensionTrend {

    private DimensionTrend() {
    }

    /**
     * One point per attempt that scored {@code dimension}, oldest first. The window counts attempts that
     * scored the dimension, not calendar time, so a quiet month does not flatten the line.
     *
     * @param window how many scores each average covers, at least 1
     */
    public static List<TrendPoint> movingAverage(List<Attempt> attempts, Dimension dimension, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1: " + window);
        }
        List<TrendPoint> points = new ArrayList<>();
        Deque<Integer> recent = new ArrayDeque<>();
        int sum = 0;
        for (Attempt a : Chronology.oldestFirst(attempts)) {
            Optional<Integer> score = a.scores().of(dimension);
            if (score.isEmpty()) {
                continue;
            }
            recent.addLast(score.get());
            sum += score.get();
            if (recent.size() > window) {
                sum -= recent.removeFirst();
            }
            points.add(new TrendPoint(a.id(), a.finishedAt(), score.get(), sum / (double) recent.size(), recent.size()));
        }
        return points;
    }

    /** {@link #movingAverage} for every dimension; a dimension never scored has an empty list. */
    public static Map<Dimension, List<TrendPoint>> allDimensions(List<Attempt> attempts, int window) {
        Map<Dimension, List<TrendPoint>> trends = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            trends.put(d, movingAverage(attempts, d, window));
        }
        return trends;
    }
}
