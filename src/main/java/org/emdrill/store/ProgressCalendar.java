package org.emdrill.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.TreeMap;

/**
 * Attempts per local day, folded from the running count of attempts per UTC hour
 * ({@code progress_hours}, schema step 7): an hour that lies inside one local day adds its count to that
 * day; an hour that a local midnight splits (a zone half an hour off UTC, a transition at an odd time)
 * or that may hold attempts dated in the future is counted from its own attempts, a short walk of the
 * time index. So the work follows the hours practised, not the attempts. See decision 0018.
 */
final class ProgressCalendar {

    private ProgressCalendar() {
    }

    /** @param cutoff attempts finished after it count on {@code today} */
    static TreeMap<LocalDate, Integer> perDay(Connection c, ZoneId zone, Instant cutoff, LocalDate today)
            throws SQLException {
        TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        String cutoffText = StoredValues.instant(cutoff);
        try (PreparedStatement hours = c.prepareStatement("SELECT a.hour, SUM(a.n) FROM progress_hours a WHERE "
                + FilterSql.KNOWN_MODE + " GROUP BY a.hour ORDER BY a.hour");
                PreparedStatement exact = c.prepareStatement("SELECT a.finished_at FROM attempts a"
                        + " WHERE a.finished_at >= ? AND a.finished_at < ? AND +" + FilterSql.KNOWN_MODE);
                ResultSet rs = hours.executeQuery()) {
            while (rs.next()) {
                String hour = rs.getString(1);
                Instant start = hourStart(hour);
                if (start == null) {
                    continue;
                }
                Instant end = start.plusSeconds(3_600);
                LocalDate first = LocalDate.ofInstant(start, zone);
                if (end.isAfter(cutoff) || !first.equals(LocalDate.ofInstant(end.minusMillis(1), zone))) {
                    exact.setString(1, hour);
                    exact.setString(2, StoredValues.instant(end).substring(0, 13));
                    try (ResultSet at = exact.executeQuery()) {
                        while (at.next()) {
                            String finished = at.getString(1);
                            LocalDate day = finished.compareTo(cutoffText) > 0 ? today
                                    : StoredValues.parseInstant(finished).map(i -> LocalDate.ofInstant(i, zone)).orElse(null);
                            if (day != null) {
                                perDay.merge(day, 1, Integer::sum);
                            }
                        }
                    }
                } else {
                    perDay.merge(first, rs.getInt(2), Integer::sum);
                }
            }
        }
        return perDay;
    }

    private static Instant hourStart(String hour) {
        try {
            return LocalDateTime.parse(hour + ":00").toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException | NullPointerException malformed) {
            return null;
        }
    }
}
