package org.emdrill.insights;

import org.emdrill.practice.schedule.DimensionAverages;
import static org.emdrill.insights.TestAttempts.scored;
import static org.emdrill.insights.TestAttempts.timed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.junit.jupiter.api.Test;

class ProgressStatisticsTest {

    private static final Dimension C = Dimension.COACHING;
    private static final Dimension L = Dimension.LEADERSHIP;
    private static final Dimension E = Dimension.EXECUTION;

    /** Given out of order on purpose: every statistic must sort by finish time itself. */
    private static final List<Attempt> HISTORY = List.of(
            scored(3, "people", "p2", "2024-01-03T10:00:00Z", 3.0, Map.of(C, 4, L, 2)),
            scored(1, "people", "p1", "2024-01-01T10:00:00Z", 2.0, Map.of(C, 2)),
            scored(2, "delivery", "d1", "2024-01-02T10:00:00Z", 4.0, Map.of(E, 4, L, 4)),
            scored(4, "delivery", "d1", "2024-01-04T10:00:00Z", 2.5, Map.of(E, 2, L, 3)),
            scored(5, "people", "p1", "2024-01-05T10:00:00Z", null, Map.of()),
            scored(6, "people", "p2", "2024-01-06T10:00:00Z", 4.5, Map.of(C, 5, L, 4)));

    @Test
    void movingAverageOverTheLastNScoresOfADimension() {
        List<TrendPoint> coaching = DimensionTrend.movingAverage(HISTORY, C, 2);

        assertEquals(List.of(1L, 3L, 6L), coaching.stream().map(TrendPoint::attemptId).toList());
        assertEquals(List.of(2, 4, 5), coaching.stream().map(TrendPoint::score).toList());
        assertEquals(List.of(2.0, 3.0, 4.5), coaching.stream().map(TrendPoint::average).toList());
        assertEquals(List.of(1, 2, 2), coaching.stream().map(TrendPoint::samples).toList());
    }

    @Test
    void movingAverageWithAWindowOfThree() {
        // Leadership scores in time order: 4 (#2), 2 (#3), 3 (#4), 4 (#6).
        List<Double> averages = DimensionTrend.movingAverage(HISTORY, L, 3).stream().map(TrendPoint::average).toList();

        assertEquals(List.of(4.0, 3.0, 3.0, 3.0), averages);
        assertEquals(List.of(), DimensionTrend.allDimensions(HISTORY, 3).get(Dimension.STRATEGIC_THINKING));
        assertThrows(IllegalArgumentException.class, () -> DimensionTrend.movingAverage(HISTORY, L, 0));
    }

    @Test
    void radarComparesTheRecentWindowWithEverythingBefore() {
        RadarData radar = RadarData.recentAgainstEarlier(HISTORY, 3);

        // Recent: #4, #5, #6. Earlier: #1, #2, #3.
        assertEquals(3, radar.recentAttempts());
        assertEquals(3, radar.earlierAttempts());
        assertEquals(5.0, radar.recent().of(C).getAsDouble());
        assertEquals(3.5, radar.recent().of(L).getAsDouble());
        assertEquals(2.0, radar.recent().of(E).getAsDouble());
        assertEquals(3.0, radar.earlier().of(C).getAsDouble());
        assertEquals(2, radar.earlier().count(C));
        assertEquals(3.0, radar.earlier().of(L).getAsDouble());
        assertEquals(4.0, radar.earlier().of(E).getAsDouble());
        assertEquals(true, radar.recent().of(Dimension.STRATEGIC_THINKING).isEmpty());
    }

    @Test
    void radarWithFewerAttemptsThanTheWindowHasNothingEarlier() {
        RadarData radar = RadarData.recentAgainstEarlier(HISTORY, 10);

        assertEquals(6, radar.recentAttempts());
        assertEquals(DimensionAverages.none(), radar.earlier());
        assertEquals(11 / 3.0, radar.recent().of(C).getAsDouble(), 1e-9);
    }

    @Test
    void heatMapAveragesEachBankAndDimension() {
        BankHeatMap map = BankHeatMap.of(HISTORY);

        assertEquals(List.of("delivery", "people"), map.banks(), "by title");
        assertEquals(Optional.of(new HeatCell(3.0, 2)), map.cell("delivery", E));
        assertEquals(Optional.of(new HeatCell(3.5, 2)), map.cell("delivery", L));
        assertEquals(Optional.of(new HeatCell(11 / 3.0, 3)), map.cell("people", C));
        assertEquals(Optional.of(new HeatCell(3.0, 2)), map.cell("people", L));
        assertEquals(Optional.empty(), map.cell("people", E));
        assertEquals(Optional.empty(), map.cell("nope", E));
        assertEquals("Title of people", map.titles().get("people"));
    }

    @Test
    void timeAgainstTargetGivesRatiosAndTheShareOverTarget() {
        List<Attempt> attempts = List.of(
                timed(1, "b", "q", "2024-01-01T10:00:00Z", null, Map.of(), 60, 120),
                timed(2, "b", "q", "2024-01-02T10:00:00Z", null, Map.of(), 120, 120),
                timed(3, "b", "q", "2024-01-03T10:00:00Z", null, Map.of(), 180, 120),
                timed(4, "b", "q", "2024-01-04T10:00:00Z", null, Map.of(), 150, 100),
                timed(5, "b", "q", "2024-01-05T10:00:00Z", null, Map.of(), 150, 0));

        TimeAgainstTarget time = TimeAgainstTarget.of(attempts);

        assertEquals(List.of(0.5, 1.0, 1.5, 1.5), time.ratios().stream().map(TimeRatio::ratio).toList());
        assertEquals(2, time.overTarget(), "exactly on target is not over");
        assertEquals(0.5, time.shareOverTarget());
        assertEquals(0.0, TimeAgainstTarget.of(List.of()).shareOverTarget());
    }

    @Test
    void weakestDimensionNeedsEnoughScores() {
        // Averages: coaching 11/3 (3 scores), leadership 13/4 (4), execution 3 (2): none has five.
        assertEquals(Optional.empty(), ProgressReport.of(HISTORY, List.of(), java.time.ZoneOffset.UTC,
                java.time.InstantSource.fixed(java.time.Instant.parse("2030-01-01T00:00:00Z"))).weakestDimension());
    }

    @Test
    void lowScoringQuestionsJudgeOnlyTheLatestScoredAttempt() {
        List<LowScore> low = FocusAreas.lowScoringQuestions(HISTORY);

        // p1: latest scored is #1 (2.0; #5 is unscored). d1: latest is #4 (2.5). p2: latest #6 (4.5) is fine.
        assertEquals(List.of("p1", "d1"), low.stream().map(LowScore::questionId).toList());
        assertEquals(new LowScore("p1", "people", "Prompt of p1", 2.0, 1, HISTORY.get(1).finishedAt()), low.get(0));
        assertEquals(List.of("p1", "d1", "p2"),
                FocusAreas.lowScoringQuestions(HISTORY, 5).stream().map(LowScore::questionId).toList());
    }

    @Test
    void banksNeverPractisedKeepTheGivenOrder() {
        assertEquals(List.of("strategy", "hiring"),
                FocusAreas.banksNeverPractised(HISTORY, List.of("strategy", "people", "hiring", "delivery", "strategy")));
        assertEquals(List.of("a"), FocusAreas.banksNeverPractised(List.of(), List.of("a")));
    }
}
