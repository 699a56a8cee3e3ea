package org.emdrill.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A bank to tick in a set-up's list: its whole name, wrapping onto more lines in a narrow list rather
 * than ending in "…", and how many questions it holds (of them, how many the kind and level filter leaves). The list never scrolls sideways.
 */
public final class BankChoiceCell extends ListCell<BankChoice> {

    private final CheckBox box = new CheckBox();
    private final Label count = new Label();
    private final HBox row = new HBox(8, box, count);
    private BankChoice bound;

    public BankChoiceCell() {
        box.setWrapText(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinWidth(0);
        box.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(box, Priority.ALWAYS);
        count.getStyleClass().add("muted");
        count.setMinWidth(Region.USE_PREF_SIZE);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMinWidth(0);
        // The cell is as wide as the list, so a long name wraps within it.
        setPrefWidth(0);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // A click anywhere on the row ticks the box, as on the box itself.
        setOnMouseClicked(e -> {
            if (bound != null && e.getTarget() != box && !box.isHover()) {
                bound.selectedProperty().set(!bound.isSelected());
            }
        });
    }

    /** List border and padding, cell padding and the scroll bar, which the row must leave room for. */
    private static final double ROW_INSET = 36;

    /**
     * A wrapped name is only as tall as the width it gets, and the list asks a cell for its height
     * before its scroll bar takes its share: measure the row at the width it will really have, or the
     * rows of a narrow list overlap.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null || getListView() == null || getListView().getWidth() <= 0) {
            return super.computePrefHeight(width);
        }
        double rowWidth = getListView().getWidth() - ROW_INSET;
        // Never below the theme's own row height: a one-line row keeps its breathing room.
        return Math.max(super.computePrefHeight(width), snappedTopInset() + row.prefHeight(rowWidth) + snappedBottomInset());
    }

    @Override
    protected void updateItem(BankChoice item, boolean empty) {
        super.updateItem(item, empty);
        if (bound != null) {
            box.selectedProperty().unbindBidirectional(bound.selectedProperty());
            bound = null;
        }
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        bound = item;
        box.setText(item.bank().title());
        box.selectedProperty().bindBidirectional(item.selectedProperty());
        // With a kind or level filter on, the count says how many of the bank's questions it leaves.
        int all = item.bank().questions().size();
        int matching = item.matching();
        count.setText(matching == all ? all + (all == 1 ? " question" : " questions")
                : matching + " of " + all + " questions");
        setAccessibleText(item.bank().title() + ", " + count.getText());
        setGraphic(row);
    }
}
