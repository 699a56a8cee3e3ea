package org.emdrill.ui.progress;

import java.util.ArrayList;
import java.util.List;

/** Shapes statistics for drawing: thinning long series and sorting scores into colour steps. */
final class ChartData {

    /** A line over this many points looks the same as over thousands, and draws much faster. */
    static final int MAX_LINE_POINTS = 160;

    private ChartData() {
    }

    /** At most {@code max} items spread evenly over the list, always keeping the first and the last. */
    static <T> List<T> thin(List<T> items, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("max must be at least 2: " + max);
        }
        if (items.size() <= max) {
            return List.copyOf(items);
        }
        List<T> kept = new ArrayList<>(max);
        double step = (items.size() - 1) / (double) (max - 1);
        for (int i = 0; i < max; i++) {
            kept.add(items.get((int) Math.round(i * step)));
        }
        return kept;
    }

    /** The colour step of a mean score from 1 to 5: {@code heat-1} (weak) to {@code heat-5} (strong). */
    static String heatClass(double average) {
        int step;
        if (average < 2.0) {
            step = 1;
        } else if (average < 2.75) {
            step = 2;
        } else if (average < 3.5) {
            step = 3;
        } else if (average < 4.25) {
            step = 4;
        } else {
            step = 5;
        }
        return "heat-" + step;
    }
}
