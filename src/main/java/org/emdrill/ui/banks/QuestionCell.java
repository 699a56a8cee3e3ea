package org.emdrill.ui.banks;

import java.time.Duration;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.ui.common.Formats;

/** One question in the list: its prompt, and below it the dimensions and target time (and bank, when searching). */
final class QuestionCell extends ListCell<QuestionEntry> {

    /** List padding, cell padding and the scroll bar, which the text must leave room for. */
    static final double TEXT_INSET = 52;

    private final BanksViewModel model;
    private final Label prompt = new Label();
    private final Label meta = new Label();
    private final VBox box = new VBox(4, prompt, meta);

    QuestionCell(BanksViewModel model) {
        this.model = model;
        prompt.getStyleClass().add("question-prompt");
        prompt.setWrapText(true);
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        meta.getStyleClass().add("cell-meta");
        meta.setWrapText(true);
        meta.setMinHeight(Region.USE_PREF_SIZE);
        setPrefWidth(0);
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
    protected void updateItem(QuestionEntry item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Question q = item.question();
        prompt.setText(q.prompt());
        String dims = q.dimensions().keySet().stream().map(Dimension::displayName).collect(Collectors.joining(", "));
        String where = model.isSearching() && model.selectedBankProperty().get() == null
                ? item.bank().title() + "  ·  " : "";
        meta.setText(where + dims + "  ·  " + Formats.clock(Duration.ofSeconds(q.targetSeconds())));
        setText(null);
        setGraphic(box);
    }
}
