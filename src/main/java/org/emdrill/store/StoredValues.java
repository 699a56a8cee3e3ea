package org.emdrill.store;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.emdrill.domain.StarElement;

/**
 * How domain values are written into columns. Instants and durations keep millisecond precision;
 * anything finer is dropped when saving.
 */
final class StoredValues {

    /** Fixed width, always three fraction digits and a Z, so text order equals time order. */
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private StoredValues() {
    }

    static String instant(Instant instant) {
        return INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Empty when a hand-edited value is not an ISO-8601 instant. */
    static Optional<Instant> parseInstant(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static long millis(Duration duration) {
        return duration.toMillis();
    }

    static Duration duration(long millis) {
        return Duration.ofMillis(millis);
    }

    /** Comma-separated ids in the enum's order, e.g. {@code situation,action,result}. */
    static String star(Set<StarElement> star) {
        StringJoiner j = new StringJoiner(",");
        for (StarElement e : StarElement.values()) {
            if (star.contains(e)) {
                j.add(e.id());
            }
        }
        return j.toString();
    }

    /** Ids this version does not know (hand edits, a newer app) are skipped. */
    static Set<StarElement> parseStar(String text) {
        EnumSet<StarElement> result = EnumSet.noneOf(StarElement.class);
        if (text == null) {
            return result;
        }
        for (String id : text.split(",")) {
            StarElement.fromId(id.trim()).ifPresent(result::add);
        }
        return result;
    }
}
