package org.emdrill.ui.stories;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.QuestionBank;
import org.emdrill.stories.StoryMatrix;
import org.emdrill.ui.common.Styles;

/**
 * The story matrix: one row per bank, one column per dimension, each cell the number of stories that
 * cover it (a cell the bank never asks about shows "·"), and under it the holes, most asked first, each
 * with "Write a story" and "Practise".
 */
final class MatrixPane extends ScrollPane {

    static final int HOLES_SHOWN = 8;

    private final StoriesViewModel model;
    private final GridPane grid = new GridPane();
    private final VBox holes = new VBox(6);

    MatrixPane(StoriesViewModel model) {
        this.model = model;
        setId("story-matrix");
        setFitToWidth(true);
        grid.setHgap(6);
        grid.setVgap(4);
        Label holesTitle = new Label("Holes to fill first");
        holesTitle.getStyleClass().add(Styles.SECTION_TITLE);
        VBox body = new VBox(14, grid, holesTitle, holes);
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
        grid.add(new Label("Bank"), 0, 0);
        Dimension[] dims = Dimension.values();
        for (int c = 0; c < dims.length; c++) {
            Label h = new Label(dims[c].displayName());
            h.setWrapText(true);
            h.setMinWidth(Region.USE_PREF_SIZE);
            h.getStyleClass().add(Styles.SECTION_TITLE);
            grid.add(h, c + 1, 0);
        }
        int r = 1;
        for (QuestionBank bank : m.banks()) {
            Label title = new Label(bank.title());
            title.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(title, 0, r);
            for (int c = 0; c < dims.length; c++) {
                StoryMatrix.Cell cell = m.cell(bank.id(), dims[c]);
                Label count = new Label(cell.demand() == 0 ? "·" : String.valueOf(cell.stories()));
                count.setId("matrix-" + bank.id() + "-" + dims[c].id());
                count.setMinWidth(44);
                count.setAlignment(Pos.CENTER);
                count.getStyleClass().add(cell.isHole() ? "matrix-hole" : cell.stories() > 0 ? "matrix-covered" : Styles.MUTED);
                grid.add(count, c + 1, r);
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
            Label text = new Label(hole.message() + " — " + hole.detail());
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button write = new Button("Write a story");
            write.setId("hole-write-" + i);
            write.setOnAction(e -> model.newStoryFor(hole));
            Button practise = new Button("Practise");
            practise.setId("hole-practise-" + i);
            practise.setOnAction(e -> model.practise(hole));
            HBox row = new HBox(8, text, write, practise);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("story-hole");
            holes.getChildren().add(row);
            i++;
        }
    }
}
