package org.emdrill.ui.progress;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.emdrill.domain.Dimension;
import org.emdrill.insights.ProgressReport;
import org.emdrill.insights.TrendPoint;
import org.emdrill.ui.common.charts.ChartLegend;

/** Each dimension's self-score as a moving average over time: five lines, one colour per dimension. */
final class TrendCard extends ChartCard {

    private final NumberAxis time;
    private final LineChart<Number, Number> chart;

    TrendCard() {
        this(TimeAxis.create(), new NumberAxis(1, 5, 1));
    }

    /** Lines with at most this many points show a dot on each. */
    static final int DOTTED_UP_TO = 30;

    private TrendCard(NumberAxis time, NumberAxis scores) {
        this(time, new LineChart<>(time, scores));
        scores.setMinorTickVisible(false);
    }

    private TrendCard(NumberAxis time, LineChart<Number, Number> chart) {
        super("trend-card", "Scores over time", chart);
        this.time = time;
        this.chart = chart;
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getStyleClass().add("trend-chart");
        chart.setMinHeight(220);
        chart.setPrefHeight(280);
        ChartLegend legend = new ChartLegend();
        for (Dimension d : Dimension.values()) {
            legend.add(d.displayName(), DimensionStyles.of(d));
        }
        addFooter(legend);
    }

    void show(Map<Dimension, List<TrendPoint>> trends, ZoneId zone) {
        setSubtitle("Moving average of your self-scores over the last " + ProgressReport.DEFAULT_WINDOW
                + " scores of each dimension (1 to 5).");
        double first = Double.MAX_VALUE;
        double last = -Double.MAX_VALUE;
        List<XYChart.Series<Number, Number>> lines = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(d.displayName());
            for (TrendPoint p : ChartData.thin(trends.getOrDefault(d, List.of()), ChartData.MAX_LINE_POINTS)) {
                double x = TimeAxis.position(p.finishedAt(), zone);
                first = Math.min(first, x);
                last = Math.max(last, x);
                series.getData().add(new XYChart.Data<>(x, p.average()));
            }
            lines.add(series);
        }
        // A few points, or a day's worth on an axis of days, make a line too short to see: mark each one.
        int longest = lines.stream().mapToInt(l -> l.getData().size()).max().orElse(0);
        chart.setCreateSymbols(longest <= DOTTED_UP_TO || last - first < 1);
        // The chart resets its series' style classes whenever its list changes: add ours after.
        chart.getData().setAll(lines);
        for (int i = 0; i < lines.size(); i++) {
            String style = DimensionStyles.of(Dimension.values()[i]);
            lines.get(i).getNode().getStyleClass().add(style);
            for (XYChart.Data<Number, Number> point : lines.get(i).getData()) {
                if (point.getNode() != null) {
                    point.getNode().getStyleClass().addAll("trend-dot", style);
                }
            }
        }
        if (first <= last) {
            TimeAxis.spanOrHours(time, first, last);
        }
    }

    LineChart<Number, Number> chart() {
        return chart;
    }
}
