package org.emdrill.ui.banks;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One bank in the list: title, Bundled/Yours badge, question count and a coverage bar. */
final class BankCell extends ListCell<BankSummary> {

    private final Label title = new Label();
    private final Label badge = new Label();
    private final Label count = new Label();
    private final CoverageBar coverage = new CoverageBar();
    private final VBox box;

    BankCell() {
        title.getStyleClass().add("bank-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        badge.getStyleClass().add("badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        count.getStyleClass().add("cell-meta");
        // The badge sits beside the count, not the title, so a narrow list never breaks words apart.
        count.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane meta = new FlowPane(8, 4, badge, count);
        meta.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(6, title, meta, coverage);
        setPrefWidth(0); // follow the list's width so long titles wrap instead of scrolling sideways
    }

    /**
     * Wrapped text is only as tall as the width it gets; the list asks a cell for its height without
     * one, so measure the content at the width the list will give it.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null || getListView() == null || getListView().getWidth() <= 0) {
            return super.computePrefHeight(width);
        }
        double contentWidth = getListView().getWidth() - QuestionCell.TEXT_INSET;
        return snappedTopInset() + box.prefHeight(contentWidth) + snappedBottomInset();
    }

    @Override
    protected void updateItem(BankSummary item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        title.setText(item.bank().title());
        badge.setText(item.badge());
        badge.getStyleClass().removeAll("bundled", "yours");
        badge.getStyleClass().add(item.isBundled() ? "bundled" : "yours");
        count.setText(item.countText());
        coverage.show(item.coverage());
        setText(null);
        setGraphic(box);
    }
}
