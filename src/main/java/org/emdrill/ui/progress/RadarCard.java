package org.emdrill.ui.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.emdrill.domain.Dimension;
import org.emdrill.practice.schedule.DimensionAverages;
import org.emdrill.insights.RadarData;
import org.emdrill.ui.common.charts.ChartLegend;
import org.emdrill.ui.common.charts.RadarChart;

/** The five dimensions on a spider chart: the most recent attempts against all those before. */
final class RadarCard extends ChartCard {

    private final RadarChart radar;
    private final ChartLegend legend = new ChartLegend();

    RadarCard() {
        this(new RadarChart(0, 5));
    }

    private RadarCard(RadarChart radar) {
        super("radar-card", "Strengths at a glance", radar);
        this.radar = radar;
        radar.setId("radar-chart");
        radar.setPrefHeight(300);
        addFooter(legend);
    }

    void show(RadarData data) {
        List<String> axes = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            axes.add(d.displayName());
        }
        List<RadarChart.Series> series = new ArrayList<>();
        legend.getChildren().clear();
        if (data.earlierAttempts() > 0) {
            String name = "Earlier " + data.earlierAttempts() + " attempts";
            series.add(new RadarChart.Series(name, "radar-earlier", values(data.earlier())));
            legend.add(name, "radar-earlier");
        }
        String recent = "Last " + data.recentAttempts() + " attempts";
        series.add(new RadarChart.Series(recent, "radar-recent", values(data.recent())));
        legend.add(recent, "radar-recent");
        radar.setData(axes, series);
        setSubtitle(data.earlierAttempts() > 0
                ? "Average score per dimension, recent against earlier. " + biggestChange(data)
                : "Average score per dimension over your attempts so far.");
    }

    private static List<Double> values(DimensionAverages averages) {
        List<Double> values = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            values.add(averages.of(d).orElse(Double.NaN));
        }
        return values;
    }

    /** Names the dimension that moved most, the first thing a user looks for in this chart. */
    static String biggestChange(RadarData data) {
        Dimension best = null;
        double change = 0;
        for (Dimension d : Dimension.values()) {
            var recent = data.recent().of(d);
            var earlier = data.earlier().of(d);
            if (recent.isPresent() && earlier.isPresent()
                    && Math.abs(recent.getAsDouble() - earlier.getAsDouble()) > Math.abs(change)) {
                best = d;
                change = recent.getAsDouble() - earlier.getAsDouble();
            }
        }
        if (best == null || Math.abs(change) < 0.05) {
            return "No real change yet.";
        }
        return String.format(Locale.ROOT, "Biggest change: %s %s%.1f.", best.displayName(), change > 0 ? "+" : "\u2212",
                Math.abs(change));
    }
}
