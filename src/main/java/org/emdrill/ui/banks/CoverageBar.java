package org.emdrill.ui.banks;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

import org.emdrill.domain.Dimension;

/**
 * A thin bar split into one coloured segment per dimension, each exactly as wide as its share of the
 * bank's total weight. (An HBox would grow and shrink segments by equal amounts, not in proportion.)
 */
final class CoverageBar extends Region {

    private static final double HEIGHT = 6;

    private final List<Double> shares = new ArrayList<>();
    private final Tooltip tooltip = new Tooltip();

    CoverageBar() {
        getStyleClass().add("coverage-bar");
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        setMinWidth(0);
        setPrefWidth(120);
        Tooltip.install(this, tooltip);
    }

    void show(DimensionCoverage coverage) {
        getChildren().clear();
        shares.clear();
        for (Dimension d : coverage.covered()) {
            Region segment = new Region();
            segment.getStyleClass().addAll("segment", DimensionCoverage.styleClass(d));
            getChildren().add(segment);
            shares.add(coverage.share(d));
        }
        tooltip.setText(coverage.describe());
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double x = 0;
        for (int i = 0; i < getChildren().size(); i++) {
            Node segment = getChildren().get(i);
            // Round the edges, not the widths, so the segments always meet and fill the bar exactly.
            double end = i == getChildren().size() - 1 ? width : Math.round(x + shares.get(i) * width);
            segment.resizeRelocate(Math.round(x), 0, Math.max(0, end - Math.round(x)), HEIGHT);
            x = end;
        }
    }
}
