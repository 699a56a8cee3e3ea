package org.emdrill.ui.progress;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.emdrill.insights.TimeAgainstTarget;
import org.emdrill.insights.TimeRatio;
import org.emdrill.ui.common.charts.ChartLegend;

/**
 * Answer time against target: a dot per recent answer (time divided by target, so 1.0 is on target), a
 * moving average through them, and the target line.
 */
final class TimeCard extends ChartCard {

    /** More dots than this turn into a cloud; the newest ones say what matters. */
    static final int MAX_DOTS = 150;
    private static final int AVERAGE_OVER = 10;

    private final NumberAxis time;
    private final NumberAxis ratio;
    private final LineChart<Number, Number> chart;

    TimeCard() {
        this(TimeAxis.create(), new NumberAxis());
    }

    private TimeCard(NumberAxis time, NumberAxis ratio) {
        this(time, ratio, new LineChart<>(time, ratio));
    }

    private TimeCard(NumberAxis time, NumberAxis ratio, LineChart<Number, Number> chart) {
        super("time-card", "Time against target", chart);
        this.time = time;
        this.ratio = ratio;
        this.chart = chart;
        ratio.setAutoRanging(false);
        ratio.setMinorTickVisible(false);
        ratio.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return String.format(Locale.ROOT, "%.1f\u00d7", n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getStyleClass().add("time-chart");
        chart.setMinHeight(200);
        chart.setPrefHeight(250);
        addFooter(new ChartLegend()
                .add("Over target", "time-dot")
                .add("Within target", "time-dot-under")
                .add("Average of " + AVERAGE_OVER, "time-average")
                .add("Target", "time-target"));
    }

    void show(TimeAgainstTarget data, ZoneId zone) {
        List<TimeRatio> all = data.ratios();
        if (all.isEmpty()) {
            setSubtitle("No timed answers yet.");
            chart.getData().clear();
            return;
        }
        setSubtitle(String.format(Locale.ROOT, "%d%% of %d timed answers ran over target. Each dot is one answer's "
                + "time divided by its target%s.", Math.round(data.shareOverTarget() * 100), data.count(),
                data.count() > MAX_DOTS ? " (the newest " + MAX_DOTS + " shown)" : ""));
        List<TimeRatio> shown = all.subList(Math.max(0, all.size() - MAX_DOTS), all.size());
        // The top of the scale is a whole tick above the longest answer, from 1.5 up to 3 times the target.
        double top = Math.max(1.5, Math.min(3.0, Math.ceil(shown.stream().mapToDouble(TimeRatio::ratio).max()
                .orElse(1) * 2) / 2));
        ratio.setLowerBound(0);
        ratio.setUpperBound(top);
        ratio.setTickUnit(0.5);

        XYChart.Series<Number, Number> dots = new XYChart.Series<>();
        XYChart.Series<Number, Number> average = new XYChart.Series<>();
        XYChart.Series<Number, Number> target = new XYChart.Series<>();
        double[] rolling = rollingAverage(all, AVERAGE_OVER);
        for (int i = all.size() - shown.size(); i < all.size(); i++) {
            TimeRatio r = all.get(i);
            double x = TimeAxis.position(r.finishedAt(), zone);
            XYChart.Data<Number, Number> dot = new XYChart.Data<>(x, Math.min(top, r.ratio()));
            dots.getData().add(dot);
            XYChart.Data<Number, Number> avg = new XYChart.Data<>(x, Math.min(top, rolling[i]));
            average.getData().add(avg);
        }
        double first = TimeAxis.position(shown.get(0).finishedAt(), zone);
        double last = TimeAxis.position(shown.get(shown.size() - 1).finishedAt(), zone);
        TimeAxis.spanOrHours(time, first, last);
        for (double x : new double[] {time.getLowerBound(), time.getUpperBound()}) {
            XYChart.Data<Number, Number> t = new XYChart.Data<>(x, 1.0);
            target.getData().add(t);
        }
        // The chart resets style classes whenever its series list changes: add ours after.
        chart.getData().setAll(List.of(target, dots, average));
        style(target, "time-target", d -> "no-symbol");
        style(dots, "time-dots", d -> d.getYValue().doubleValue() > 1.0 ? "time-dot" : "time-dot-under");
        style(average, "time-average", d -> "no-symbol");
    }

    /** The mean of each ratio and up to {@code window - 1} before it. */
    static double[] rollingAverage(List<TimeRatio> ratios, int window) {
        double[] result = new double[ratios.size()];
        double sum = 0;
        for (int i = 0; i < ratios.size(); i++) {
            sum += ratios.get(i).ratio();
            if (i >= window) {
                sum -= ratios.get(i - window).ratio();
            }
            result[i] = sum / Math.min(window, i + 1);
        }
        return result;
    }

    private static void style(XYChart.Series<Number, Number> series, String line,
                              java.util.function.Function<XYChart.Data<Number, Number>, String> symbol) {
        series.getNode().getStyleClass().add(line);
        for (XYChart.Data<Number, Number> d : series.getData()) {
            d.getNode().getStyleClass().add(symbol.apply(d));
        }
    }

    LineChart<Number, Number> chart() {
        return chart;
    }
}
