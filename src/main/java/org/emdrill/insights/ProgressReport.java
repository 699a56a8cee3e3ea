package org.emdrill.insights;

import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.practice.schedule.DimensionAverages;

/**
 * Everything the progress screen shows, computed in one go from the attempts in view (typically
 * {@code AttemptSearch.attemptsWithoutText(filter)}, run off the UI thread).
 */
public record ProgressReport(
        Map<Dimension, List<TrendPoint>> trends,
        RadarData radar,
        BankHeatMap heatMap,
        TimeAgainstTarget time,
        PracticeCalendar calendar,
        Optional<DimensionAverage> weakestDimension,
        List<LowScore> lowScoringQuestions,
        List<String> banksNeverPractised) {

    /** Trend points average this many scores; the radar's recent side covers this many attempts. */
    public static final int DEFAULT_WINDOW = 10;

    public static ProgressReport of(List<Attempt> dated, Collection<String> loadedBankIds, ZoneId zone,
                                    InstantSource clock) {
        // An attempt saved while the clock was ahead counts as done now: every chart ends at today.
        List<Attempt> attempts = FutureDates.asOf(dated, clock.instant());
        return new ProgressReport(
                DimensionTrend.allDimensions(attempts, DEFAULT_WINDOW),
                RadarData.recentAgainstEarlier(attempts, DEFAULT_WINDOW),
                BankHeatMap.of(attempts),
                TimeAgainstTarget.of(attempts),
                PracticeCalendar.of(attempts, zone, clock),
                WeakestDimension.rank(DimensionAverages.ofAttempts(attempts)).weakest(),
                FocusAreas.lowScoringQuestions(attempts),
                FocusAreas.banksNeverPractised(attempts, loadedBankIds));
    }
}
