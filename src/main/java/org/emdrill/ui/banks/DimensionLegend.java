package org.emdrill.ui.banks;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import org.emdrill.domain.Dimension;

/** Explains the colours of the coverage bars: a dot and a name per dimension. */
final class DimensionLegend extends FlowPane {

    DimensionLegend() {
        super(12, 4);
        for (Dimension d : Dimension.values()) {
            getChildren().add(entry(d));
        }
    }

    static HBox entry(Dimension d) {
        Region dot = new Region();
        dot.getStyleClass().addAll("legend-dot", DimensionCoverage.styleClass(d));
        Label name = new Label(d.displayName());
        name.getStyleClass().add("legend-label");
        HBox box = new HBox(5, dot, name);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
