package org.emdrill.ui.common.charts;

import java.util.List;
import java.util.Objects;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * A table of coloured cells: rows and columns with headings, each cell showing a short text on a
 * background picked by the caller's style class (so the stylesheet owns the colour scale). A missing cell
 * is drawn as an outlined dash, so "nothing yet" never looks like a low value.
 */
public final class HeatMap extends GridPane {

    /** One filled cell: what it says, how it is coloured, and what its tooltip explains. */
    public record Cell(String text, String styleClass, String tooltip) {
        public Cell {
            Objects.requireNonNull(text);
            Objects.requireNonNull(styleClass);
            Objects.requireNonNull(tooltip);
        }
    }

    private static final double ROW_LABEL_WIDTH = 330;

    /** Said by an empty cell's tooltip. */
    private final String emptyTooltip;

    public HeatMap(String emptyTooltip) {
        this.emptyTooltip = Objects.requireNonNull(emptyTooltip);
        getStyleClass().add("heat-map");
        setHgap(4);
        setVgap(4);
    }

    /**
     * @param cells one row per row label, one entry per column label; null where there is no value
     */
    public void setData(List<String> rowLabels, List<String> columnLabels, List<List<Cell>> cells) {
        if (cells.size() != rowLabels.size()) {
            throw new IllegalArgumentException(cells.size() + " rows of cells for " + rowLabels.size() + " labels");
        }
        getChildren().clear();
        getColumnConstraints().clear();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        labels.setPrefWidth(Region.USE_COMPUTED_SIZE);
        labels.setMaxWidth(ROW_LABEL_WIDTH);
        labels.setHgrow(Priority.SOMETIMES);
        getColumnConstraints().add(labels);
        for (int c = 0; c < columnLabels.size(); c++) {
            ColumnConstraints col = new ColumnConstraints(54, 90, 150);
            col.setHgrow(Priority.ALWAYS);
            col.setHalignment(HPos.CENTER);
            getColumnConstraints().add(col);
            Label heading = new Label(columnLabels.get(c));
            heading.getStyleClass().add("heat-column-label");
            heading.setWrapText(true);
            heading.setAlignment(Pos.BOTTOM_CENTER);
            heading.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            heading.setMaxWidth(Double.MAX_VALUE);
            GridPane.setValignment(heading, VPos.BOTTOM);
            add(heading, c + 1, 0);
        }
        for (int r = 0; r < rowLabels.size(); r++) {
            List<Cell> row = cells.get(r);
            if (row.size() != columnLabels.size()) {
                throw new IllegalArgumentException("row " + r + " has " + row.size() + " cells for "
                        + columnLabels.size() + " columns");
            }
            Label name = new Label(rowLabels.get(r));
            name.getStyleClass().add("heat-row-label");
            name.setTextOverrun(OverrunStyle.ELLIPSIS);
            name.setMinWidth(0);
            name.setMaxWidth(Double.MAX_VALUE);
            name.setTooltip(tooltip(rowLabels.get(r)));
            add(name, 0, r + 1);
            for (int c = 0; c < row.size(); c++) {
                add(cell(row.get(c)), c + 1, r + 1);
            }
        }
    }

    private Label cell(Cell cell) {
        Label label = new Label(cell == null ? "–" : cell.text());
        label.getStyleClass().addAll("heat-cell", cell == null ? "heat-empty" : cell.styleClass());
        label.setAlignment(Pos.CENTER);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setTooltip(tooltip(cell == null ? emptyTooltip : cell.tooltip()));
        return label;
    }

    private static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(250));
        return t;
    }
}
