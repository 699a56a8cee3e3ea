package org.emdrill.insights;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.emdrill.store.DeliveryTrendQueries;
import org.emdrill.store.DeliveryTrendQueries.SpokenDelivery;

/**
 * How spoken answers were delivered, week by week: speaking rate, pauses over 2 s per answer and time to the
 * first word, each the mean of the week's analysed recordings. A week is Monday to Sunday in the user's zone;
 * weeks without a spoken answer are not listed (the chart shows them as a gap in time).
 *
 * <p>The rate is measured in syllables per second of talk time; people aim for about 120 to 160 words a
 * minute in an interview, which at {@link SpeakingRate}'s 1.5 syllables a word is 3.0 to 4.0 syllables a
 * second ({@link #BAND_LOW_SYLLABLES}, {@link #BAND_HIGH_SYLLABLES}).
 *
 * @param weeks   oldest first
 * @param answers analysed spoken answers over all the weeks
 */
public record DeliveryTrend(List<Week> weeks, int answers) {

    /** How many recent weeks the trend covers. */
    public static final int WEEKS = 26;
    public static final double BAND_LOW_SYLLABLES = SpeakingRate.BAND_LOW * SpeakingRate.SYLLABLES_PER_WORD / 60;
    public static final double BAND_HIGH_SYLLABLES = SpeakingRate.BAND_HIGH * SpeakingRate.SYLLABLES_PER_WORD / 60;

    /** One week's means. */
    public record Week(LocalDate monday, int answers, double syllablesPerSecond, double pausesOver2s,
                       double firstWordSeconds) {

        /** The week's rate in the words a minute people aim for (an estimate, see {@link SpeakingRate}). */
        public int wordsPerMinute() {
            return SpeakingRate.wordsPerMinute(syllablesPerSecond);
        }

        public SpeakingRate.Verdict verdict() {
            return SpeakingRate.verdict(syllablesPerSecond);
        }
    }

    public DeliveryTrend {
        weeks = List.copyOf(weeks);
    }

    public boolean isEmpty() {
        return answers == 0;
    }

    /** The last {@link #WEEKS} weeks up to the one holding {@code now}, from the store. */
    public static DeliveryTrend load(DeliveryTrendQueries queries, ZoneId zone, Instant now) {
        LocalDate firstMonday = monday(now, zone).minusWeeks(WEEKS - 1L);
        return of(queries.since(firstMonday.atStartOfDay(zone).toInstant()), zone);
    }

    /** Groups analysed answers by week. */
    public static DeliveryTrend of(List<SpokenDelivery> answers, ZoneId zone) {
        Map<LocalDate, List<SpokenDelivery>> byWeek = new TreeMap<>();
        for (SpokenDelivery d : answers) {
            byWeek.computeIfAbsent(monday(d.finishedAt(), zone), k -> new ArrayList<>()).add(d);
        }
        List<Week> weeks = new ArrayList<>();
        byWeek.forEach((monday, list) -> weeks.add(new Week(monday, list.size(),
                list.stream().mapToDouble(SpokenDelivery::syllablesPerSecond).average().orElse(0),
                list.stream().mapToInt(SpokenDelivery::pausesOver2s).average().orElse(0),
                list.stream().mapToDouble(SpokenDelivery::firstWordSeconds).average().orElse(0))));
        return new DeliveryTrend(weeks, answers.size());
    }

    private static LocalDate monday(Instant at, ZoneId zone) {
        return LocalDate.ofInstant(at, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
