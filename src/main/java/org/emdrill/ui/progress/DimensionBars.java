package org.emdrill.ui.progress;

import java.util.Locale;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.emdrill.domain.Dimension;
import org.emdrill.practice.schedule.DimensionAverages;

/** All five dimension means as short bars, the weakest picked out: the context for "weakest". */
final class DimensionBars extends GridPane {

    DimensionBars(DimensionAverages averages, Dimension weakest) {
        getStyleClass().add("dimension-bars");
        setHgap(8);
        setVgap(3);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        ColumnConstraints value = new ColumnConstraints();
        value.setHalignment(HPos.RIGHT);
        value.setMinWidth(USE_PREF_SIZE);
        getColumnConstraints().addAll(name, bar, value);
        int row = 0;
        for (Dimension d : Dimension.values()) {
            var average = averages.of(d);
            Label label = new Label(d.displayName());
            label.getStyleClass().add("bar-name");
            ProgressBar fill = new ProgressBar(average.isPresent() ? average.getAsDouble() / 5 : 0);
            fill.getStyleClass().addAll("dimension-bar", DimensionStyles.of(d));
            fill.setMaxWidth(Double.MAX_VALUE);
            Label number = new Label(average.isPresent() ? String.format(Locale.ROOT, "%.1f", average.getAsDouble()) : "\u2013");
            number.getStyleClass().add("bar-value");
            if (d == weakest) {
                label.getStyleClass().add("weakest");
                number.getStyleClass().add("weakest");
            }
            addRow(row++, label, fill, number);
        }
    }
}
