package org.emdrill.ui.stories;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.QuestionBank;
import org.emdrill.stories.StoryMatrix;
import org.emdrill.ui.common.Styles;

/**
 * The story matrix: one row per bank, one column per dimension, each cell the number of stories that
 * cover it (a hole in red, "–" where the bank never asks about the dimension, as the legend says), and
 * under it the holes, most asked first, each with "Write a story" and "Practise". Headers and bank
 * titles wrap, so the whole matrix fits a 1024 px window; narrower, it scrolls rather than clips.
 */
final class MatrixPane extends ScrollPane {

    static final int HOLES_SHOWN = 8;
    static final String NOT_ASKED = "–";
    static final String LEGEND = "Each number is how many of your stories cover that bank and dimension. "
            + "A red 0 is a hole: the bank asks for it and no story covers it. "
            + NOT_ASKED + " means the bank never asks about that dimension.";
    /** Wide enough for the longest dimension name on two lines. */
    private static final double DIMENSION_COLUMN = 92;
    private static final double BANK_COLUMN = 260;

    private final StoriesViewModel model;
    private final GridPane grid = new GridPane();
    private final VBox holes = new VBox(6);

    MatrixPane(StoriesViewModel model) {
        this.model = model;
        setId("story-matrix");
        setFitToWidth(true);
        grid.setHgap(6);
        grid.setVgap(4);
        ColumnConstraints bank = new ColumnConstraints();
        bank.setMaxWidth(BANK_COLUMN);
        bank.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().add(bank);
        for (int c = 0; c < Dimension.values().length; c++) {
            ColumnConstraints dim = new ColumnConstraints(DIMENSION_COLUMN);
            dim.setHalignment(HPos.CENTER);
            grid.getColumnConstraints().add(dim);
        }
        Label legend = new Label(LEGEND);
        legend.setId("matrix-legend");
        legend.setWrapText(true);
        legend.getStyleClass().add("matrix-legend");
        Label holesTitle = new Label("Holes to fill first");
        holesTitle.getStyleClass().add(Styles.SECTION_TITLE);
        VBox body = new VBox(14, grid, legend, holesTitle, holes);
        body.setPadding(new Insets(12));
        setContent(body);
        model.matrixProperty().addListener((obs, was, is) -> redraw(is));
        redraw(model.matrixProperty().get());
    }

    private void redraw(StoryMatrix m) {
        grid.getChildren().clear();
        holes.getChildren().clear();
        if (m == null) {
            return;
        }
        Label bankHeader = new Label("Bank");
        bankHeader.getStyleClass().add("matrix-header");
        grid.add(bankHeader, 0, 0);
        Dimension[] dims = Dimension.values();
        for (int c = 0; c < dims.length; c++) {
            Label h = new Label(dims[c].displayName());
            h.setId("matrix-header-" + dims[c].id());
            h.setWrapText(true);
            h.setTextAlignment(TextAlignment.CENTER);
            h.setAlignment(Pos.CENTER);
            h.setMaxWidth(DIMENSION_COLUMN);
            h.getStyleClass().add("matrix-header");
            grid.add(h, c + 1, 0);
        }
        int r = 1;
        for (QuestionBank bank : m.banks()) {
            Label title = new Label(bank.title());
            title.setWrapText(true);
            title.setMaxWidth(BANK_COLUMN);
            grid.add(title, 0, r);
            for (int c = 0; c < dims.length; c++) {
                grid.add(cell(bank, dims[c], m.cell(bank.id(), dims[c])), c + 1, r);
            }
            r++;
        }
        var list = m.holes();
        if (list.isEmpty()) {
            Label none = new Label(m.banks().isEmpty() ? "No banks are loaded." : "Every cell a bank asks about has a story.");
            none.getStyleClass().add(Styles.MUTED);
            holes.getChildren().add(none);
        }
        int i = 0;
        for (StoryMatrix.Hole hole : list.subList(0, Math.min(HOLES_SHOWN, list.size()))) {
            holes.getChildren().add(holeRow(hole, i++));
        }
    }

    private static Label cell(QuestionBank bank, Dimension d, StoryMatrix.Cell cell) {
        boolean asked = cell.demand() > 0;
        Label count = new Label(asked ? String.valueOf(cell.stories()) : NOT_ASKED);
        count.setId("matrix-" + bank.id() + "-" + d.id());
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.setAlignment(Pos.CENTER);
        count.getStyleClass().add(!asked ? "matrix-not-asked" : cell.isHole() ? "matrix-hole" : "matrix-covered");
        String what = bank.title() + ", " + d.displayName() + ": ";
        count.setTooltip(new Tooltip(!asked ? what + "no question of this bank asks about it."
                : cell.isHole() ? what + "a hole, no story covers it yet."
                : what + cell.stories() + (cell.stories() == 1 ? " story covers it." : " stories cover it.")));
        return count;
    }

    private HBox holeRow(StoryMatrix.Hole hole, int i) {
        Label text = new Label(hole.message() + " — " + hole.detail());
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button write = new Button("Write a story");
        write.setId("hole-write-" + i);
        write.setMinWidth(Region.USE_PREF_SIZE); // the text beside wraps instead
        write.setOnAction(e -> model.newStoryFor(hole));
        Button practise = new Button("Practise");
        practise.setId("hole-practise-" + i);
        practise.setMinWidth(Region.USE_PREF_SIZE);
        practise.setOnAction(e -> model.practise(hole));
        HBox row = new HBox(8, text, write, practise);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("story-hole");
        return row;
    }
}
