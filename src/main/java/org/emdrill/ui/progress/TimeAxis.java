package org.emdrill.ui.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/**
 * A number axis over days that reads as dates. Values are days since 1970 in the user's zone (with the
 * time of day as a fraction), so points sit where they happened and gaps in practice show as gaps.
 */
final class TimeAxis {

    private static final DateTimeFormatter SHORT_SPAN = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_SPAN = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("H:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_HOURS = DateTimeFormatter.ofPattern("EEE H:mm", Locale.ENGLISH);
    private static final int TICKS = 6;
    /** Below this many days between the first and the last point, the axis shows hours. */
    static final double HOURS_BELOW_DAYS = 2;
    private static final double HOUR = 1 / 24.0;
    private static final int[] HOUR_STEPS = {1, 2, 3, 4, 6, 8, 12};

    private TimeAxis() {
    }

    static NumberAxis create() {
        NumberAxis axis = new NumberAxis();
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setForceZeroInRange(false);
        return axis;
    }

    static double position(Instant instant, ZoneId zone) {
        var local = instant.atZone(zone);
        return local.toLocalDate().toEpochDay() + local.toLocalTime().toSecondOfDay() / 86_400.0;
    }

    /**
     * As {@link #span}, but points made within a day or two span the hours they were made in, labelled
     * with times: on a whole day's axis a morning's answers would sit on top of each other.
     */
    static void spanOrHours(NumberAxis axis, double first, double last) {
        if (last - first >= HOURS_BELOW_DAYS) {
            span(axis, first, last);
            return;
        }
        // A quarter of an hour's room either side, so no point sits on the chart's edge.
        double lo = Math.floor((first - HOUR / 4) / HOUR) * HOUR;
        double hi = Math.max(lo + 2 * HOUR, Math.ceil((last + HOUR / 4) / HOUR) * HOUR);
        int step = HOUR_STEPS[HOUR_STEPS.length - 1];
        for (int h : HOUR_STEPS) {
            if ((hi - lo) / (h * HOUR) <= TICKS) {
                step = h;
                break;
            }
        }
        axis.setLowerBound(lo);
        axis.setUpperBound(hi);
        axis.setTickUnit(step * HOUR);
        DateTimeFormatter format = Math.floor(lo) == Math.floor(hi - 1e-9) ? HOURS : DAY_HOURS;
        label(axis, day -> format.format(java.time.LocalDateTime.of(LocalDate.ofEpochDay((long) Math.floor(day + 1e-9)),
                java.time.LocalTime.ofSecondOfDay(Math.round((day - Math.floor(day + 1e-9)) * 86_400) % 86_400))));
    }

    /** Spans the days from {@code first} to {@code last}, with a handful of evenly spaced date labels. */
    static void span(NumberAxis axis, double first, double last) {
        double lo = Math.floor(first);
        double hi = Math.max(lo + 1, Math.ceil(last));
        axis.setLowerBound(lo);
        axis.setUpperBound(hi);
        axis.setTickUnit(Math.max(1, Math.ceil((hi - lo) / TICKS)));
        DateTimeFormatter format = hi - lo > 120 ? LONG_SPAN : SHORT_SPAN;
        label(axis, day -> format.format(LocalDate.ofEpochDay(Math.round(day))));
    }

    private static void label(NumberAxis axis, java.util.function.DoubleFunction<String> text) {
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number day) {
                return text.apply(day.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("labels are not parsed");
            }
        });
    }
}
