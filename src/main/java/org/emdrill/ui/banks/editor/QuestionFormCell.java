package org.emdrill.ui.banks.editor;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A question in the editor's list: its number, the start of its prompt, and a mark when it has problems. */
final class QuestionFormCell extends ListCell<QuestionForm> {

    private final Label number = new Label();
    private final Label prompt = new Label();
    private final FontIcon warning = new FontIcon(Feather.ALERT_CIRCLE);
    private final HBox box;

    QuestionFormCell() {
        number.getStyleClass().add("question-number");
        number.setMinWidth(Region.USE_PREF_SIZE);
        prompt.getStyleClass().add("question-line");
        prompt.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(prompt, Priority.ALWAYS);
        warning.getStyleClass().add("problem-mark");
        Tooltip.install(warning, new Tooltip("This question has problems; see below the form"));
        box = new HBox(10, number, prompt, warning);
        box.setAlignment(Pos.CENTER_LEFT);
        setPrefWidth(0); // follow the list's width so long prompts are cut, not scrolled sideways
    }

    @Override
    protected void updateItem(QuestionForm item, boolean empty) {
        super.updateItem(item, empty);
        prompt.textProperty().unbind();
        warning.visibleProperty().unbind();
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        number.setText(String.valueOf(getIndex() + 1));
        prompt.textProperty().bind(Bindings.createStringBinding(() -> firstLine(item.promptProperty().get()),
                item.promptProperty()));
        warning.visibleProperty().bind(item.hasProblemsProperty());
        setText(null);
        setGraphic(box);
    }

    @Override
    public void updateIndex(int i) {
        super.updateIndex(i);
        number.setText(i < 0 ? "" : String.valueOf(i + 1));
    }

    private static String firstLine(String prompt) {
        String s = prompt.strip();
        int newline = s.indexOf('\n');
        s = newline < 0 ? s : s.substring(0, newline);
        return s.isEmpty() ? "New question" : s;
    }
}
