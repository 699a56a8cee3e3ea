package org.emdrill.practice.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The user's practice day. As in Anki, a day starts at a rollover hour (04:00 by default) in the user's
 * time zone rather than at midnight, so practising late at night still counts for that evening's day,
 * and a question due "tomorrow" is due from the start of tomorrow, not 24 hours later to the minute.
 */
public record StudyDay(ZoneId zone, int rolloverHour) {

    public static final int DEFAULT_ROLLOVER_HOUR = 4;

    public StudyDay {
        Objects.requireNonNull(zone, "zone");
        if (rolloverHour < 0 || rolloverHour > 23) {
            throw new IllegalArgumentException("rollover hour must be 0 to 23: " + rolloverHour);
        }
    }

    public static StudyDay in(ZoneId zone) {
        return new StudyDay(zone, DEFAULT_ROLLOVER_HOUR);
    }

    /** The practice day an instant belongs to. */
    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).minusHours(rolloverHour).toLocalDate();
    }

    /** The instant a practice day begins. */
    public Instant startOf(LocalDate day) {
        return day.atTime(LocalTime.of(rolloverHour, 0)).atZone(zone).toInstant();
    }

    /** The start of the practice day {@code days} after the one {@code instant} falls in. */
    public Instant startOfDayAfter(Instant instant, long days) {
        return startOf(dayOf(instant).plusDays(days));
    }

    /** Whole practice days from {@code from}'s day to {@code to}'s day (negative when earlier). */
    public long daysBetween(Instant from, Instant to) {
        return ChronoUnit.DAYS.between(dayOf(from), dayOf(to));
    }
}
