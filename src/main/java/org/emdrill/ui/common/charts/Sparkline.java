package org.emdrill.ui.common.charts;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;

/**
 * A small line without axes that shows which way a number is moving. Missing values ({@code NaN}) break
 * nothing: the line joins the values around them. The newest value gets a dot.
 */
public final class Sparkline extends Region {

    private final Polyline line = new Polyline();
    private final Circle last = new Circle(3);
    private List<Double> values = List.of();

    public Sparkline() {
        getStyleClass().add("sparkline");
        line.getStyleClass().add("sparkline-line");
        last.getStyleClass().add("sparkline-dot");
        getChildren().addAll(line, last);
        setPrefSize(120, 34);
        setMinSize(40, 20);
    }

    public void setValues(List<Double> newValues) {
        values = List.copyOf(newValues);
        requestLayout();
    }

    public List<Double> values() {
        return values;
    }

    @Override
    protected void layoutChildren() {
        List<double[]> points = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Double v : values) {
            if (!v.isNaN()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double pad = 4;
        double w = getWidth() - 2 * pad;
        double h = getHeight() - 2 * pad;
        double span = hi - lo;
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i);
            if (Double.isNaN(v)) {
                continue;
            }
            double x = pad + (values.size() == 1 ? w : w * i / (values.size() - 1));
            // A flat series sits in the middle rather than on the floor.
            double y = pad + (span <= 1e-9 ? h / 2 : h - h * (v - lo) / span);
            points.add(new double[] {x, y});
        }
        line.getPoints().clear();
        for (double[] p : points) {
            line.getPoints().addAll(p[0], p[1]);
        }
        last.setVisible(!points.isEmpty());
        if (!points.isEmpty()) {
            double[] end = points.get(points.size() - 1);
            last.setCenterX(end[0]);
            last.setCenterY(end[1]);
        }
    }
}
