package org.emdrill.ui.progress;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.emdrill.insights.DeliveryTrend;
import org.emdrill.insights.SpeakingRate;
import org.emdrill.ui.common.Styles;
import org.emdrill.ui.common.charts.ChartLegend;
import org.emdrill.ui.common.charts.Sparkline;

/**
 * Spoken delivery week by week, next to the typed-answer analytics: speaking rate against the 120-160
 * words-a-minute band, pauses over 2 s per answer and time to the first word; a friendly line instead when
 * no spoken answer has been recorded and analysed yet. Self-contained: its own model and stylesheet.
 */
final class DeliveryCard extends ChartCard {

    private static final String CSS = Objects.requireNonNull(
            DeliveryCard.class.getResource("/org/emdrill/ui/progress/delivery.css")).toExternalForm();
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    static final String BAND_TEXT = "People aim for " + SpeakingRate.BAND_LOW + "\u2013" + SpeakingRate.BAND_HIGH
            + " words a minute, about " + format1(DeliveryTrend.BAND_LOW_SYLLABLES) + "\u2013"
            + format1(DeliveryTrend.BAND_HIGH_SYLLABLES) + " syllables a second.";

    private final List<Metric> metrics = List.of(
            new Metric("Speaking rate", "rate", w -> w.wordsPerMinute(),
                    w -> "about " + w.wordsPerMinute() + " wpm", w -> format1(w.syllablesPerSecond()) + " syllables/s \u00b7 "
                            + verdict(w.verdict())),
            new Metric("Pauses over 2 s per answer", "pauses", DeliveryTrend.Week::pausesOver2s,
                    w -> format1(w.pausesOver2s()), w -> "A pause to think is fine; several read as lost threads."),
            new Metric("Time to first word", "first-word", DeliveryTrend.Week::firstWordSeconds,
                    w -> format1(w.firstWordSeconds()) + " s", w -> "A breath is fine; a long silence worries an interviewer."));
    private final ResponsiveColumns tiles = new ResponsiveColumns(150, 3, 10);
    private final NumberAxis time = TimeAxis.create();
    private final NumberAxis rate = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(time, rate);
    private final ChartLegend legend = new ChartLegend();
    private final Label none = new Label("No spoken answers recorded yet. Answer a question aloud with a microphone and"
            + " your speaking rate, long pauses and time to the first word show up here, week by week.");

    DeliveryCard() {
        this(new VBox(14));
    }

    private DeliveryCard(VBox body) {
        super("delivery-card", "Spoken delivery, week by week", body);
        getStylesheets().add(CSS);
        setSubtitle("How your recorded answers sounded over the last " + DeliveryTrend.WEEKS + " weeks, measured from"
                + " the audio alone.");
        none.setId("delivery-none");
        none.getStyleClass().add(Styles.MUTED);
        none.setWrapText(true);
        none.setMinHeight(Label.USE_PREF_SIZE);
        rate.setLabel("words a minute");
        rate.setAutoRanging(false);
        rate.setMinorTickVisible(false);
        chart.setId("delivery-chart");
        chart.getStyleClass().add("delivery-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setMinHeight(200);
        chart.setPrefHeight(240);
        legend.add("Your speaking rate (weekly mean)", "delivery-rate");
        legend.add(BAND_TEXT, "delivery-band");
        body.getChildren().addAll(tiles, chart, legend, none);
        show(null, ZoneId.systemDefault());
    }

    /** @param trend null while loading, which shows as the empty line until the trend arrives */
    void show(DeliveryTrend trend, ZoneId zone) {
        boolean any = trend != null && !trend.isEmpty();
        for (Node n : List.of(tiles, chart, legend)) {
            n.setVisible(any);
            n.setManaged(any);
        }
        none.setVisible(!any);
        none.setManaged(!any);
        tiles.getChildren().clear();
        if (!any) {
            chart.getData().clear();
            return;
        }
        DeliveryTrend.Week latest = trend.weeks().get(trend.weeks().size() - 1);
        for (Metric m : metrics) {
            tiles.getChildren().add(tile(m, trend.weeks(), latest));
        }
        drawRate(trend.weeks(), zone);
    }

    private void drawRate(List<DeliveryTrend.Week> weeks, ZoneId zone) {
        XYChart.Series<Number, Number> line = new XYChart.Series<>();
        double first = Double.MAX_VALUE;
        double last = -Double.MAX_VALUE;
        int top = SpeakingRate.BAND_HIGH;
        int bottom = SpeakingRate.BAND_LOW;
        for (DeliveryTrend.Week w : weeks) {
            // Each week sits mid-week (Thursday), where its answers are on average.
            double x = TimeAxis.position(w.monday().plusDays(3).atStartOfDay(zone).toInstant(), zone);
            first = Math.min(first, x);
            last = Math.max(last, x);
            line.getData().add(new XYChart.Data<>(x, w.wordsPerMinute()));
            top = Math.max(top, w.wordsPerMinute());
            bottom = Math.min(bottom, w.wordsPerMinute());
        }
        first -= 3.5;
        last += 3.5;
        XYChart.Series<Number, Number> low = flat(first, last, SpeakingRate.BAND_LOW);
        XYChart.Series<Number, Number> high = flat(first, last, SpeakingRate.BAND_HIGH);
        chart.getData().setAll(List.of(low, high, line));
        // The chart resets its series' style classes whenever its list changes: add ours after.
        low.getNode().getStyleClass().add("delivery-band");
        high.getNode().getStyleClass().add("delivery-band");
        line.getNode().getStyleClass().add("delivery-rate");
        for (XYChart.Series<Number, Number> band : List.of(low, high)) {
            band.getData().forEach(d -> d.getNode().getStyleClass().add("no-symbol"));
        }
        rate.setLowerBound(Math.max(0, Math.floor((bottom - 20) / 20.0) * 20));
        rate.setUpperBound(Math.ceil((top + 20) / 20.0) * 20);
        rate.setTickUnit(20);
        TimeAxis.span(time, first, last);
    }

    private static XYChart.Series<Number, Number> flat(double from, double to, double y) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.getData().add(new XYChart.Data<>(from, y));
        s.getData().add(new XYChart.Data<>(to, y));
        return s;
    }

    private Node tile(Metric metric, List<DeliveryTrend.Week> weeks, DeliveryTrend.Week latest) {
        Label name = new Label(metric.name());
        name.getStyleClass().addAll(Styles.MUTED, "tile-caption");
        name.setWrapText(true);
        Label value = new Label(metric.format().apply(latest));
        value.getStyleClass().add("stat-value");
        value.setId("delivery-" + metric.id());
        Sparkline spark = new Sparkline();
        spark.setId("delivery-spark-" + metric.id());
        List<Double> values = new ArrayList<>();
        weeks.forEach(w -> values.add(metric.value().applyAsDouble(w)));
        spark.setValues(values);
        spark.setMaxWidth(Double.MAX_VALUE);
        Label hint = new Label(metric.hint().apply(latest));
        hint.getStyleClass().add("kbd-hint");
        hint.setWrapText(true);
        Label week = new Label("Week of " + WEEK.format(latest.monday()) + ", " + latest.answers()
                + (latest.answers() == 1 ? " answer" : " answers"));
        week.getStyleClass().add("kbd-hint");
        week.setWrapText(true);
        VBox tile = new VBox(2, name, value, spark, hint, week);
        tile.getStyleClass().add("metric-tile");
        tile.setMinWidth(0);
        return tile;
    }

    static String verdict(SpeakingRate.Verdict v) {
        return switch (v) {
            case SLOW -> "slower than the band";
            case FAST -> "faster than the band";
            case IN_BAND -> "in the band";
            case NONE -> "no speech measured";
        };
    }

    private static String format1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    LineChart<Number, Number> chart() {
        return chart;
    }

    private record Metric(String name, String id, ToDoubleFunction<DeliveryTrend.Week> value,
                          Function<DeliveryTrend.Week, String> format, Function<DeliveryTrend.Week, String> hint) {
    }
}
