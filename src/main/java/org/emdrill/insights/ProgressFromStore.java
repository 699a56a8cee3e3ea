package org.emdrill.insights;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emdrill.domain.Dimension;
import org.emdrill.practice.schedule.DimensionAverages;
import org.emdrill.store.ProgressQueries;

/**
 * The {@link ProgressReport} from {@link ProgressQueries}: SQLite sums, counts and thinned series, so the
 * work and the memory stay nearly flat as the history grows. Gives the same figures as
 * {@link ProgressReport#of} over the attempts, except that each trend line is thinned to
 * {@link #TREND_POINTS} points and the time chart keeps the newest {@link TimeAgainstTarget#NEWEST_KEPT}
 * answers (both all that the charts draw).
 */
public final class ProgressFromStore {

    /** A trend line of this many points looks the same as one over every attempt. */
    public static final int TREND_POINTS = 160;

    private ProgressFromStore() {
    }

    /** The report and the facts around it. Blocking: run in the background. */
    public record Result(ProgressReport report, DimensionAverages averages, int attemptCount,
                         Map<String, Integer> attemptsPerQuestion, Instant lastPractised) {
    }

    public static Result compute(ProgressQueries q, Collection<String> loadedBankIds, ZoneId zone, InstantSource clock) {
        Instant now = clock.instant();
        ProgressQueries.Totals totals = q.totals(now);
        List<ProgressQueries.BankScores> banks = q.bankScores();
        DimensionAverages all = overall(banks);
        Map<Dimension, List<TrendPoint>> trends = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            trends.put(d, q.trend(d, ProgressReport.DEFAULT_WINDOW, TREND_POINTS, now).stream()
                    .map(r -> new TrendPoint(r.attemptId(), r.finishedAt(), r.score(), r.average(), r.samples()))
                    .toList());
        }
        ProgressReport report = new ProgressReport(trends, radar(q, all, totals.attempts()), heatMap(banks),
                time(q.timing(TimeAgainstTarget.NEWEST_KEPT, now)),
                PracticeCalendar.of(q.attemptsPerDay(zone, now), LocalDate.ofInstant(now, zone)),
                WeakestDimension.rank(all).weakest(), lowScores(q, now), neverPractised(banks, loadedBankIds));
        return new Result(report, all, totals.attempts(), q.attemptsPerQuestion(), totals.lastPractised());
    }

    private static DimensionAverages overall(List<ProgressQueries.BankScores> banks) {
        Map<Dimension, Long> sums = new EnumMap<>(Dimension.class);
        Map<Dimension, Integer> counts = new EnumMap<>(Dimension.class);
        for (ProgressQueries.BankScores b : banks) {
            b.sums().forEach((d, s) -> sums.merge(d, s, Long::sum));
            b.counts().forEach((d, n) -> counts.merge(d, n, Integer::sum));
        }
        return DimensionAverages.fromSums(sums, counts);
    }

    /** The newest window against everything before: the earlier side is the whole minus the newest. */
    private static RadarData radar(ProgressQueries q, DimensionAverages all, int attempts) {
        int window = ProgressReport.DEFAULT_WINDOW;
        DimensionAverages recent = q.newest(window);
        Map<Dimension, Long> sums = new EnumMap<>(Dimension.class);
        Map<Dimension, Integer> counts = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            int n = all.count(d) - recent.count(d);
            if (n > 0) {
                long total = Math.round(all.of(d).getAsDouble() * all.count(d));
                long mine = recent.count(d) == 0 ? 0 : Math.round(recent.of(d).getAsDouble() * recent.count(d));
                sums.put(d, total - mine);
                counts.put(d, n);
            }
        }
        int recentAttempts = Math.min(window, attempts);
        return new RadarData(recent, DimensionAverages.fromSums(sums, counts), recentAttempts, attempts - recentAttempts);
    }

    private static BankHeatMap heatMap(List<ProgressQueries.BankScores> banks) {
        List<ProgressQueries.BankScores> ordered = new ArrayList<>(banks);
        ordered.sort(Comparator.comparing(ProgressQueries.BankScores::title, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(ProgressQueries.BankScores::bankId));
        List<String> ids = new ArrayList<>();
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, Map<Dimension, HeatCell>> cells = new LinkedHashMap<>();
        for (ProgressQueries.BankScores b : ordered) {
            ids.add(b.bankId());
            titles.put(b.bankId(), b.title());
            DimensionAverages averages = DimensionAverages.fromSums(b.sums(), b.counts());
            Map<Dimension, HeatCell> row = new EnumMap<>(Dimension.class);
            averages.means().forEach((d, avg) -> row.put(d, new HeatCell(avg, averages.count(d))));
            cells.put(b.bankId(), row);
        }
        return new BankHeatMap(ids, titles, cells);
    }

    private static TimeAgainstTarget time(ProgressQueries.Timing t) {
        List<TimeRatio> ratios = t.newest().stream().map(r -> new TimeRatio(r.attemptId(), r.finishedAt(),
                r.answerMillis() / (double) Duration.ofSeconds(r.targetSeconds()).toMillis())).toList();
        return new TimeAgainstTarget(ratios, t.count(), t.overTarget(), t.count() == 0 ? 0 : t.overTarget() / (double) t.count());
    }

    private static List<LowScore> lowScores(ProgressQueries q, Instant now) {
        List<LowScore> low = new ArrayList<>();
        for (ProgressQueries.LatestScored s : q.latestScoredBelow(FocusAreas.LOW_SCORE, now)) {
            low.add(new LowScore(s.questionId(), s.bankId(), s.prompt(), s.overall(), s.attemptId(), s.finishedAt()));
        }
        low.sort(Comparator.comparingDouble(LowScore::lastOverall).thenComparing(LowScore::finishedAt));
        return low;
    }

    private static List<String> neverPractised(List<ProgressQueries.BankScores> banks, Collection<String> loaded) {
        Set<String> practised = new HashSet<>();
        banks.forEach(b -> practised.add(b.bankId()));
        List<String> never = new ArrayList<>();
        for (String id : new LinkedHashSet<>(loaded)) {
            if (!practised.contains(id)) {
                never.add(id);
            }
        }
        return never;
    }
}
