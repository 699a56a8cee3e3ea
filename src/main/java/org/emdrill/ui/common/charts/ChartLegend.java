package org.emdrill.ui.common.charts;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * A row of legend entries, each a small swatch and a name. The swatch carries the series' style class,
 * so the stylesheet colours it exactly as it colours the series ({@code .legend-swatch.my-series}).
 */
public final class ChartLegend extends FlowPane {

    public ChartLegend() {
        super(14, 4);
        getStyleClass().add("chart-legend");
    }

    /** Adds an entry; {@code swatchStyle} is the series' style class. */
    public ChartLegend add(String name, String swatchStyle) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", swatchStyle);
        swatch.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Label label = new Label(name);
        label.getStyleClass().add("legend-label");
        HBox entry = new HBox(6, swatch, label);
        entry.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(entry);
        return this;
    }
}
