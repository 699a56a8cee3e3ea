package org.emdrill.insights;

import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.emdrill.domain.Attempt;

/**
 * Attempts per local calendar day and practice streaks.
 *
 * <p>A day is the user's local day (by the zone passed in) of the moment an attempt finished. The
 * current streak counts consecutive days with practice ending today; when nothing has been practised
 * yet today, it ends yesterday instead, so a streak is not shown as broken before the day is over.
 *
 * @param attemptsPerDay only days with at least one attempt, in date order
 */
public record PracticeCalendar(SortedMap<LocalDate, Integer> attemptsPerDay, int currentStreak, int longestStreak) {

    public PracticeCalendar {
        attemptsPerDay = Collections.unmodifiableSortedMap(new TreeMap<>(attemptsPerDay));
    }

    public static PracticeCalendar of(List<Attempt> attempts, ZoneId zone, InstantSource clock) {
        TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        for (Attempt a : attempts) {
            perDay.merge(LocalDate.ofInstant(a.finishedAt(), zone), 1, Integer::sum);
        }
        return of(perDay, LocalDate.ofInstant(clock.instant(), zone));
    }

    /** From attempts already counted per day (by the store). */
    public static PracticeCalendar of(SortedMap<LocalDate, Integer> perDay, LocalDate today) {
        return new PracticeCalendar(perDay, currentStreak(perDay, today), longestStreak(perDay));
    }

    public int attemptsOn(LocalDate day) {
        return attemptsPerDay.getOrDefault(day, 0);
    }

    private static int currentStreak(SortedMap<LocalDate, Integer> perDay, LocalDate today) {
        LocalDate day = perDay.containsKey(today) ? today : today.minusDays(1);
        int streak = 0;
        while (perDay.containsKey(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    private static int longestStreak(SortedMap<LocalDate, Integer> perDay) {
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : perDay.keySet()) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        return longest;
    }
}
