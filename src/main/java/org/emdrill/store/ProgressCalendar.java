package org.emdrill.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.TreeMap;

/**
 * Attempts per local day, folded from the running count of attempts per UTC hour
 * ({@code progress_hours}, schema step 7). The history is cut into stretches of one UTC offset (between
 * the zone's transitions); within one, SQLite adds up the hours of each local day itself and hands back
 * one row per day, so the work in Java follows the days practised, not the attempts or the hours.
 * An hour that a local midnight splits (a zone half an hour off UTC), that a transition at an odd time
 * splits, or that may hold attempts dated in the future is counted from its own attempts. See decision 0018.
 */
final class ProgressCalendar {

    /** A well-formed hour as schema step 7 stores it ({@code 2026-11-01T09}); anything else is skipped. */
    private static final String WELL_FORMED = "a.hour GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]'";
    private static final Duration HOUR = Duration.ofHours(1);
    /** Sorts after every stored time: the open end of the last, exactly counted stretch. */
    private static final String END_OF_TIME = "9999-12-31T99";

    private ProgressCalendar() {
    }

    /** @param cutoff attempts finished after it count on {@code today} */
    static TreeMap<LocalDate, Integer> perDay(Connection c, ZoneId zone, Instant cutoff, LocalDate today)
            throws SQLException {
        TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        Instant first = firstHour(c);
        if (first == null) {
            return perDay;
        }
        Exact exact = new Exact(c, zone, StoredValues.instant(cutoff), today, perDay);
        // Hours that start before this one end no later than the cutoff: none can hold a future date.
        Instant folded = cutoff.truncatedTo(ChronoUnit.HOURS);
        ZoneRules rules = zone.getRules();
        Instant at = first;
        while (at.isBefore(folded)) {
            ZoneOffsetTransition next = rules.nextTransition(at);
            Instant end = next == null || next.getInstant().isAfter(folded) ? folded : next.getInstant();
            Instant from = ceilHour(at);
            Instant to = end.truncatedTo(ChronoUnit.HOURS);
            if (from.isBefore(to)) {
                fold(c, rules.getOffset(at), from, to, perDay, exact);
            }
            if (!to.equals(end)) {
                exact.hours(to, to.plus(HOUR));
            }
            at = end;
        }
        exact.hours(folded, null);
        return perDay;
    }

    /** The whole hours of [from, to), all at one offset, folded into local days by SQLite. */
    private static void fold(Connection c, ZoneOffset offset, Instant from, Instant to, TreeMap<LocalDate, Integer> perDay,
            Exact exact) throws SQLException {
        int seconds = offset.getTotalSeconds();
        // Off UTC by a part of an hour, each day has one UTC hour that holds local midnight.
        String split = seconds % 3_600 == 0 ? null : "%02d".formatted(Math.floorMod(-seconds, 86_400) / 3_600);
        try (PreparedStatement ps = c.prepareStatement("SELECT date(a.hour || ':00:00', ?), SUM(a.n) FROM progress_hours a"
                + " WHERE " + FilterSql.KNOWN_MODE + " AND " + WELL_FORMED + " AND a.hour >= ? AND a.hour < ?"
                + (split == null ? "" : " AND substr(a.hour, 12, 2) <> ?") + " GROUP BY 1")) {
            ps.setString(1, "%+d seconds".formatted(seconds));
            ps.setString(2, hourText(from));
            ps.setString(3, hourText(to));
            if (split != null) {
                ps.setString(4, split);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String day = rs.getString(1);
                    if (day != null) {
                        perDay.merge(LocalDate.parse(day), rs.getInt(2), Integer::sum);
                    }
                }
            }
        }
        if (split != null) {
            exact.hourOfDay(from, to, split);
        }
    }

    /** Counts attempts one by one, each on its own local day, or on today when dated after the cutoff. */
    private static final class Exact {
        private final Connection c;
        private final ZoneId zone;
        private final String cutoff;
        private final LocalDate today;
        private final TreeMap<LocalDate, Integer> perDay;
        /** Where the hours counted one by one end: two transitions in one hour must not count it twice. */
        private Instant countedUpTo = Instant.MIN;

        Exact(Connection c, ZoneId zone, String cutoff, LocalDate today, TreeMap<LocalDate, Integer> perDay) {
            this.c = c;
            this.zone = zone;
            this.cutoff = cutoff;
            this.today = today;
            this.perDay = perDay;
        }

        /** Every attempt in the hours of [from, to); {@code to} null for no end. */
        void hours(Instant from, Instant to) throws SQLException {
            if (from.isBefore(countedUpTo)) {
                return;
            }
            countedUpTo = to == null ? Instant.MAX : to;
            count("", hourText(from), to == null ? END_OF_TIME : hourText(to), null);
        }

        /** The attempts in [from, to) that fall in one UTC hour of the day ({@code "18"}). */
        void hourOfDay(Instant from, Instant to, String hour) throws SQLException {
            count(" AND substr(a.finished_at, 12, 2) = ?", hourText(from), hourText(to), hour);
        }

        private void count(String condition, String from, String to, String hour) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT a.finished_at FROM attempts a"
                    + " WHERE a.finished_at >= ? AND a.finished_at < ? AND substr(a.finished_at, 11, 1) = 'T' AND +"
                    + FilterSql.KNOWN_MODE + condition)) {
                ps.setString(1, from);
                ps.setString(2, to);
                if (hour != null) {
                    ps.setString(3, hour);
                }
                try (ResultSet at = ps.executeQuery()) {
                    while (at.next()) {
                        String finished = at.getString(1);
                        LocalDate day = finished.compareTo(cutoff) > 0 ? today
                                : StoredValues.parseInstant(finished).map(i -> LocalDate.ofInstant(i, zone)).orElse(null);
                        if (day != null) {
                            perDay.merge(day, 1, Integer::sum);
                        }
                    }
                }
            }
        }
    }

    private static Instant firstHour(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(a.hour) FROM progress_hours a WHERE "
                + FilterSql.KNOWN_MODE + " AND " + WELL_FORMED);
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? hourStart(rs.getString(1)) : null;
        }
    }

    private static Instant ceilHour(Instant at) {
        Instant floor = at.truncatedTo(ChronoUnit.HOURS);
        return floor.equals(at) ? at : floor.plus(HOUR);
    }

    private static String hourText(Instant hour) {
        return StoredValues.instant(hour).substring(0, 13);
    }

    private static Instant hourStart(String hour) {
        try {
            return LocalDateTime.parse(hour + ":00").toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException | NullPointerException malformed) {
            return null;
        }
    }
}
