package org.emdrill.ui.banks;

import java.time.Duration;
import java.util.stream.Collectors;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.ui.common.Formats;
import org.emdrill.ui.common.LineBreaker;
import org.emdrill.ui.common.MarkedPrompt;

/**
 * One question in the list: its prompt, and below it the dimensions and target time (and bank, when
 * searching). While searching, the words are marked in the prompt and a line says where else they were
 * found (a follow-up, a signal, a tag), so it is clear why the question is in the list.
 */
final class QuestionCell extends ListCell<QuestionEntry> {

    /** List padding, cell padding and the scroll bar, which the text must leave room for. */
    static final double TEXT_INSET = 52;

    private final BanksViewModel model;
    private final TextFlow prompt = new TextFlow();
    /** Right-to-left prompts are broken into lines by us: JavaFX wraps them with lines repeated and lost. */
    private final MarkedPrompt rightToLeftPrompt = new MarkedPrompt("question-prompt-text", "search-hit");
    private final Label why = new Label();
    private final Label meta = new Label();
    private final VBox box = new VBox(4, prompt, why, meta);

    QuestionCell(BanksViewModel model) {
        this.model = model;
        prompt.getStyleClass().add("question-prompt");
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        rightToLeftPrompt.getStyleClass().add("question-prompt");
        why.getStyleClass().add("search-why");
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        why.managedProperty().bind(why.visibleProperty());
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
        QuestionSearch search = model.currentSearch();
        showPrompt(q.prompt(), search);
        List<QuestionSearch.Match> elsewhere = search.matchesBesidePrompt(q);
        why.setVisible(!elsewhere.isEmpty());
        why.setText(elsewhere.isEmpty() ? "" : "Found in " + elsewhere.get(0).where() + ": \u201c"
                + elsewhere.get(0).text() + "\u201d" + (elsewhere.size() > 1 ? " and " + (elsewhere.size() - 1)
                + " more" : ""));
        String dims = q.dimensions().keySet().stream().map(Dimension::displayName).collect(Collectors.joining(", "));
        String where = model.isSearching() && model.selectedBankProperty().get() == null
                ? item.bank().title() + "  ·  " : "";
        meta.setText(where + dims + "  ·  " + Formats.clock(Duration.ofSeconds(q.targetSeconds())));
        setText(null);
        setGraphic(box);
    }

    private void showPrompt(String text, QuestionSearch search) {
        if (LineBreaker.hasRightToLeft(text)) {
            rightToLeftPrompt.show(text, search.marks(text));
            box.getChildren().set(0, rightToLeftPrompt);
            return;
        }
        box.getChildren().set(0, prompt);
        prompt.getChildren().clear();
        int at = 0;
        for (int[] mark : search.marks(text)) {
            if (mark[0] > at) {
                prompt.getChildren().add(part(text.substring(at, mark[0]), false));
            }
            prompt.getChildren().add(part(text.substring(mark[0], mark[1]), true));
            at = mark[1];
        }
        if (at < text.length()) {
            prompt.getChildren().add(part(text.substring(at), false));
        }
        prompt.setAccessibleText(text);
    }

    private static Text part(String text, boolean hit) {
        Text t = new Text(text);
        t.getStyleClass().add(hit ? "search-hit" : "question-prompt-text");
        return t;
    }
}
