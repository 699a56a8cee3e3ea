package org.emdrill.insights;

import static org.emdrill.insights.TestAttempts.onDay;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.emdrill.domain.Attempt;
import org.junit.jupiter.api.Test;

class PracticeCalendarTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static InstantSource at(String instant) {
        return InstantSource.fixed(Instant.parse(instant));
    }

    @Test
    void countsAttemptsPerLocalDay() {
        // 03:30 UTC on 2 March is still 1 March in New York.
        List<Attempt> attempts = List.of(onDay(1, "2024-03-01T15:00:00Z"), onDay(2, "2024-03-02T03:30:00Z"),
                onDay(3, "2024-03-02T15:00:00Z"));

        PracticeCalendar calendar = PracticeCalendar.of(attempts, NEW_YORK, at("2024-03-02T16:00:00Z"));

        assertEquals(2, calendar.attemptsOn(LocalDate.of(2024, 3, 1)));
        assertEquals(1, calendar.attemptsOn(LocalDate.of(2024, 3, 2)));
        assertEquals(0, calendar.attemptsOn(LocalDate.of(2024, 3, 3)));
        assertEquals(2, PracticeCalendar.of(attempts, ZoneId.of("UTC"), at("2024-03-02T16:00:00Z"))
                .attemptsOn(LocalDate.of(2024, 3, 2)));
    }

    @Test
    void currentStreakEndsTodayOrYesterdayAndLongestIsTheBestRun() {
        // Local days: 1, 2, 3 (run of 3), then 5, 6 (run of 2).
        List<Attempt> attempts = List.of(onDay(1, "2024-03-01T15:00:00Z"), onDay(2, "2024-03-02T15:00:00Z"),
                onDay(3, "2024-03-03T15:00:00Z"), onDay(4, "2024-03-05T15:00:00Z"), onDay(5, "2024-03-06T15:00:00Z"),
                onDay(6, "2024-03-06T16:00:00Z"));

        PracticeCalendar today = PracticeCalendar.of(attempts, NEW_YORK, at("2024-03-06T20:00:00Z"));
        PracticeCalendar nextMorning = PracticeCalendar.of(attempts, NEW_YORK, at("2024-03-07T13:00:00Z"));
        PracticeCalendar dayAfter = PracticeCalendar.of(attempts, NEW_YORK, at("2024-03-08T13:00:00Z"));

        assertEquals(2, today.currentStreak());
        assertEquals(2, nextMorning.currentStreak(), "not broken before the day is over");
        assertEquals(0, dayAfter.currentStreak());
        assertEquals(3, today.longestStreak());
    }

    @Test
    void localMidnightDecidesTheDayNotUtc() {
        // 23:30 and 00:30 New York time on consecutive local days, but the same UTC day.
        List<Attempt> attempts = List.of(onDay(1, "2024-03-02T04:30:00Z"), onDay(2, "2024-03-02T05:30:00Z"));

        PracticeCalendar calendar = PracticeCalendar.of(attempts, NEW_YORK, at("2024-03-02T06:00:00Z"));

        assertEquals(2, calendar.currentStreak());
        assertEquals(2, calendar.longestStreak());
        assertEquals(1, PracticeCalendar.of(attempts, ZoneId.of("UTC"), at("2024-03-02T06:00:00Z")).longestStreak());
    }

    @Test
    void noAttemptsNoStreak() {
        PracticeCalendar calendar = PracticeCalendar.of(List.of(), NEW_YORK, at("2024-03-02T06:00:00Z"));

        assertEquals(0, calendar.currentStreak());
        assertEquals(0, calendar.longestStreak());
        assertEquals(0, calendar.attemptsPerDay().size());
    }
}
