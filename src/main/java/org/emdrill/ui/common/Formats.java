package org.emdrill.ui.common;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How times, durations and scores read on screen. */
public final class Formats {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private Formats() {
    }

    /** m:ss, or h:mm:ss past an hour. */
    public static String clock(Duration d) {
        long total = Math.max(0, d.getSeconds());
        long h = total / 3600;
        long m = (total % 3600) / 60;
        long s = total % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    public static String dateTime(Instant instant) {
        return DATE_TIME.withZone(ZoneId.systemDefault()).format(instant);
    }

    public static String score(Double overall) {
        return overall == null ? "–" : String.format(Locale.ROOT, "%.1f", overall);
    }
}
