package org.emdrill.ui.banks.editor;

import java.util.function.IntConsumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Below the form: every problem the check found, each naming the question and field, or a calm "ready
 * to save" when there are none. Clicking a problem about a question opens that question.
 */
final class ProblemsPane extends VBox {

    private static final double LIST_MAX_HEIGHT = 118;

    private final Label title = new Label();
    private final VBox rows = new VBox(4);
    private final ScrollPane scroll = new ScrollPane(rows);

    private final ObservableBooleanValue untouched;

    /**
     * @param untouched while true the problems are shown as a calm to-do list of a new bank
     * @param openQuestion called with a question's index when its problem is clicked
     */
    ProblemsPane(ObservableList<EditorProblem> problems, ObservableBooleanValue untouched, IntConsumer openQuestion) {
        super(8);
        setId("editor-problems");
        getStyleClass().add("editor-problems");
        title.setId("editor-problems-title");
        title.getStyleClass().add("problems-heading");
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(LIST_MAX_HEIGHT);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.managedProperty().bind(scroll.visibleProperty());
        getChildren().addAll(title, scroll);
        this.untouched = untouched;
        problems.addListener((ListChangeListener<EditorProblem>) c -> render(problems, openQuestion));
        untouched.addListener((obs, was, is) -> render(problems, openQuestion));
        render(problems, openQuestion);
    }

    private void render(ObservableList<EditorProblem> problems, IntConsumer openQuestion) {
        boolean ok = problems.isEmpty();
        boolean todo = !ok && untouched.get();
        getStyleClass().removeAll("ok", "has-problems", "todo");
        getStyleClass().add(ok ? "ok" : todo ? "todo" : "has-problems");
        title.setGraphic(new FontIcon(ok ? Feather.CHECK_CIRCLE : todo ? Feather.EDIT_3 : Feather.ALERT_TRIANGLE));
        int n = problems.size();
        title.setText(ok ? "No problems: this bank loads as it is."
                : todo ? "To save this bank, fill in:"
                : n + (n == 1 ? " problem" : " problems") + " to fix before saving");
        rows.getChildren().clear();
        for (EditorProblem p : problems) {
            Label where = new Label(p.where());
            where.getStyleClass().add("problem-where");
            where.setMinWidth(Region.USE_PREF_SIZE);
            Label message = new Label(p.message());
            message.setWrapText(true);
            message.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(message, Priority.ALWAYS);
            HBox row = new HBox(10, where, message);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("problem-row");
            if (!p.isAboutBank()) {
                row.getStyleClass().add("link");
                row.setOnMouseClicked(e -> openQuestion.accept(p.question()));
            }
            rows.getChildren().add(row);
        }
        scroll.setVisible(!ok);
        scroll.setPrefViewportHeight(Math.min(LIST_MAX_HEIGHT, 24.0 * n));
    }
}
