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
    private static final int TICKS = 6;

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

    /** Spans the days from {@code first} to {@code last}, with a handful of evenly spaced date labels. */
    static void span(NumberAxis axis, double first, double last) {
        double lo = Math.floor(first);
        double hi = Math.max(lo + 1, Math.ceil(last));
        axis.setLowerBound(lo);
        axis.setUpperBound(hi);
        axis.setTickUnit(Math.max(1, Math.ceil((hi - lo) / TICKS)));
        DateTimeFormatter format = hi - lo > 120 ? LONG_SPAN : SHORT_SPAN;
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number day) {
                return format.format(LocalDate.ofEpochDay(Math.round(day.doubleValue())));
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("labels are not parsed");
            }
        });
    }
}
