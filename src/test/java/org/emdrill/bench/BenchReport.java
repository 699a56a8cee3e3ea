package org.emdrill.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collects medians and prints {@code BENCH} lines: each figure with its goal and as a ratio to the floor
 * measured in the same run, so a machine twice as slow this hour shows the same ratios.
 */
final class BenchReport {

    /** What a figure is measured against. */
    record Figure(String name, double value, String unit, String goal, double floor, String floorName) {
    }

    private final Map<String, Figure> figures = new LinkedHashMap<>();

    static double median(double[] runs) {
        double[] sorted = runs.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static String runs(double[] runs) {
        List<String> parts = new ArrayList<>();
        for (double r : runs) {
            parts.add(String.format(Locale.ROOT, "%.0f", r));
        }
        return String.join(" ", parts);
    }

    /** A plain figure without a floor (seed time, floors themselves). */
    void plain(String name, double value, String unit, String note) {
        System.out.printf(Locale.ROOT, "BENCH %s %.1f %s%s%n", name, value, unit, note.isEmpty() ? "" : " (" + note + ")");
    }

    /** The median of {@code runs} next to its goal and as a multiple of {@code floor}. */
    void figure(String name, double[] runs, String goal, double floor, String floorName) {
        double median = median(runs);
        figures.put(name, new Figure(name, median, "ms", goal, floor, floorName));
        System.out.printf(Locale.ROOT, "BENCH %s %.0f ms (median of %d: %s) goal %s; floor %s %.1f ms; ratio %.1fx%n",
                name, median, runs.length, runs(runs), goal, floorName, floor, median / floor);
    }

    void memory(String name, double megabytes, String goal) {
        figures.put(name, new Figure(name, megabytes, "MB", goal, Double.NaN, ""));
        System.out.printf(Locale.ROOT, "BENCH %s %.0f MB goal %s%n", name, megabytes, goal);
    }

    /** Growth from one size to another of every figure measured at both, against the allowed factor. */
    void growth(String small, String large, double allowed) {
        for (Figure f : figures.values()) {
            if (!f.name().contains(small) || !f.unit().equals("ms")) {
                continue;
            }
            Figure big = figures.get(f.name().replace(small, large));
            if (big == null) {
                continue;
            }
            String name = f.name().replace("_" + small, "");
            double factor = big.value() / f.value();
            double floorFactor = Double.isNaN(f.floor()) ? Double.NaN : big.floor() / f.floor();
            double ratioFactor = Double.isNaN(f.floor()) ? Double.NaN
                    : (big.value() / big.floor()) / (f.value() / f.floor());
            System.out.printf(Locale.ROOT, "BENCH growth_%s %.2fx (%s %.0f -> %s %.0f %s; floor grew %.2fx;"
                            + " ratio grew %.2fx) goal <= %.0fx %s%n", name, factor, small, f.value(), large,
                    big.value(), f.unit(), floorFactor, ratioFactor, allowed, factor <= allowed ? "ok" : "OVER");
        }
    }
}
