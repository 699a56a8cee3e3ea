package org.emdrill.ui.common.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.layout.Region;

/**
 * A spider chart: one spoke per axis, rings for the scale, and one closed polygon per series. Built from
 * shapes rather than a canvas so that every colour comes from the stylesheet ({@code .radar-ring},
 * {@code .radar-spoke}, {@code .radar-axis-label}, and each series' own style class on its polygon and
 * points), and light and dark themes both look right.
 */
public final class RadarChart extends Region {

    /**
     * One polygon.
     *
     * @param values one per axis, in axis order; {@code Double.NaN} where the series has no value: the
     *               polygon leaves that axis out rather than draw a score of zero, and an axis no series
     *               has a value on is labelled "no data"
     */
    public record Series(String name, String styleClass, List<Double> values) {
        public Series {
            Objects.requireNonNull(name);
            Objects.requireNonNull(styleClass);
            values = List.copyOf(values);
        }
    }

    private static final double LABEL_ROOM = 34;

    private final Group rings = new Group();
    private final Group plot = new Group();
    private final Group labels = new Group();
    private final double min;
    private final double max;
    private List<String> axes = List.of();
    private List<Series> series = List.of();
    private double drawnWidth = -1;
    private double drawnHeight = -1;
    private List<String> drawnAxes;
    private List<Series> drawnSeries;

    /** A chart whose scale runs from {@code min} at the centre to {@code max} at the rim, ringed per unit. */
    public RadarChart(double min, double max) {
        if (!(max > min)) {
            throw new IllegalArgumentException("max must be above min: " + min + ".." + max);
        }
        this.min = min;
        this.max = max;
        getStyleClass().add("radar-chart");
        getChildren().addAll(rings, plot, labels);
        setMinSize(200, 200);
        setPrefSize(340, 300);
    }

    public void setData(List<String> axisNames, List<Series> data) {
        for (Series s : data) {
            if (s.values().size() != axisNames.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                        + " values for " + axisNames.size() + " axes");
            }
        }
        this.axes = List.copyOf(axisNames);
        this.series = List.copyOf(data);
        requestLayout();
    }

    /** The series drawn, for tests and tooltips. */
    public List<Series> series() {
        return series;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        // Rebuilding adds children, which asks for layout again: only rebuild when something changed.
        if (w == drawnWidth && h == drawnHeight && axes == drawnAxes && series == drawnSeries) {
            return;
        }
        drawnWidth = w;
        drawnHeight = h;
        drawnAxes = axes;
        drawnSeries = series;
        rings.getChildren().clear();
        plot.getChildren().clear();
        labels.getChildren().clear();
        int n = axes.size();
        if (n < 3) {
            return;
        }
        List<Text> names = new ArrayList<>();
        double widest = 0;
        for (int i = 0; i < n; i++) {
            boolean empty = noValueOn(i);
            // On a line of its own: a wider label would shrink the whole chart.
            Text label = new Text(empty ? axes.get(i) + "\nno data" : axes.get(i));
            label.getStyleClass().add("radar-axis-label");
            if (empty) {
                label.getStyleClass().add("radar-axis-empty");
            }
            names.add(label);
            labels.getChildren().add(label);
        }
        // The labels' font comes from the stylesheet; measure them with it.
        labels.applyCss();
        for (Text label : names) {
            widest = Math.max(widest, label.getLayoutBounds().getWidth());
        }
        double cx = snappedLeftInset() + w / 2;
        double cy = snappedTopInset() + h / 2 + 4;
        double radius = Math.max(20, Math.min(w / 2 - widest - 14, h / 2 - LABEL_ROOM));

        for (int level = (int) Math.ceil(min + 1); level <= max; level++) {
            Polygon ring = new Polygon(points(n, cx, cy, radius * fraction(level)));
            ring.getStyleClass().add("radar-ring");
            rings.getChildren().add(ring);
        }
        for (int i = 0; i < n; i++) {
            double[] p = point(i, n, cx, cy, radius);
            Line spoke = new Line(cx, cy, p[0], p[1]);
            spoke.getStyleClass().add("radar-spoke");
            rings.getChildren().add(spoke);
            place(names.get(i), i, n, cx, cy, radius);
        }
        for (int level = (int) Math.ceil(min + 1); level <= max; level++) {
            Text tick = new Text(cx + 4, cy - radius * fraction(level) + 2, Integer.toString(level));
            tick.getStyleClass().add("radar-tick");
            tick.setTextOrigin(VPos.TOP);
            labels.getChildren().add(tick);
        }
        for (Series s : series) {
            List<Double> coords = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double v = s.values().get(i);
                if (!Double.isNaN(v)) {
                    double[] p = point(i, n, cx, cy, radius * fraction(v));
                    coords.add(p[0]);
                    coords.add(p[1]);
                }
            }
            Polygon area = new Polygon();
            area.getPoints().setAll(coords);
            area.getStyleClass().addAll("radar-area", s.styleClass());
            plot.getChildren().add(area);
            // Fewer than three values make no area: mark each one so it still shows.
            for (int i = 0; coords.size() < 6 && i < coords.size(); i += 2) {
                Circle dot = new Circle(coords.get(i), coords.get(i + 1), 4);
                dot.getStyleClass().addAll("radar-area", "radar-dot", s.styleClass());
                plot.getChildren().add(dot);
            }
        }
        rings.applyCss();
        plot.applyCss();
        labels.applyCss();
    }

    private boolean noValueOn(int axis) {
        for (Series s : series) {
            if (!Double.isNaN(s.values().get(axis))) {
                return false;
            }
        }
        return true;
    }

    private static void place(Text label, int i, int n, double cx, double cy, double radius) {
        double[] p = point(i, n, cx, cy, radius + 10);
        double width = label.getLayoutBounds().getWidth();
        double dx = p[0] - cx;
        // Left of the centre the label ends at its point, right of it it starts there, on the spoke it centres.
        double x = Math.abs(dx) < 1 ? p[0] - width / 2 : dx < 0 ? p[0] - width : p[0];
        label.setTextAlignment(Math.abs(dx) < 1 ? TextAlignment.CENTER : dx < 0 ? TextAlignment.RIGHT : TextAlignment.LEFT);
        double dy = p[1] - cy;
        label.setTextOrigin(Math.abs(dy) < 1 ? VPos.CENTER : dy < 0 ? VPos.BOTTOM : VPos.TOP);
        label.setX(x);
        label.setY(p[1]);
    }

    private double fraction(double value) {
        return Math.max(0, Math.min(1, (value - min) / (max - min)));
    }

    private static double[] points(int n, double cx, double cy, double r) {
        double[] coords = new double[n * 2];
        for (int i = 0; i < n; i++) {
            double[] p = point(i, n, cx, cy, r);
            coords[i * 2] = p[0];
            coords[i * 2 + 1] = p[1];
        }
        return coords;
    }

    /** The first axis points straight up; the rest follow clockwise. */
    private static double[] point(int i, int n, double cx, double cy, double r) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        return new double[] {cx + r * Math.cos(angle), cy + r * Math.sin(angle)};
    }

    /** Names of the series in drawing order. */
    public List<String> seriesNames() {
        List<String> names = new ArrayList<>();
        series.forEach(s -> names.add(s.name()));
        return names;
    }
}
