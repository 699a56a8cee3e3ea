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
        // Built by hand rather than with String.format: the running clocks call this ten times a second.
        StringBuilder sb = new StringBuilder(8);
        if (h > 0) {
            sb.append(h).append(':');
            twoDigits(sb, m);
        } else {
            sb.append(m);
        }
        sb.append(':');
        twoDigits(sb, s);
        return sb.toString();
    }

    private static void twoDigits(StringBuilder sb, long n) {
        if (n < 10) {
            sb.append('0');
        }
        sb.append(n);
    }

    public static String dateTime(Instant instant) {
        return DATE_TIME.withZone(ZoneId.systemDefault()).format(instant);
    }

    public static String score(Double overall) {
        return overall == null ? "–" : String.format(Locale.ROOT, "%.1f", overall);
    }
}
