package org.emdrill.ui.banks;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.emdrill.domain.Problem;

/**
 * A bank file that did not load or import, with every problem as {@code file:line:column: message} in
 * selectable monospace text, so the user can copy it or find the spot in an editor.
 */
final class ProblemsCard extends VBox {

    /** One file and its problems. */
    record FileProblems(String file, List<Problem> problems) {
    }

    private final VBox files = new VBox(10);
    private final Label title = new Label();
    private final Label hint = new Label();
    private final HBox header;

    ProblemsCard() {
        super(8);
        getStyleClass().add("problems-card");
        title.getStyleClass().add("problems-title");
        title.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        title.setWrapText(true);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        header = new HBox(10, title);
        header.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(header, hint, files);
    }

    void addCloseButton(Runnable onClose) {
        Button close = new Button("", new FontIcon(Feather.X));
        close.getStyleClass().addAll(atlantafx.base.theme.Styles.FLAT, atlantafx.base.theme.Styles.BUTTON_ICON);
        close.setTooltip(new Tooltip("Dismiss"));
        close.setAccessibleText("Dismiss");
        close.setOnAction(e -> onClose.run());
        header.getChildren().add(close);
    }

    void show(String titleText, String hintText, List<FileProblems> content) {
        title.setText(titleText);
        hint.setText(hintText);
        files.getChildren().clear();
        for (FileProblems f : content) {
            Label file = new Label(f.file());
            file.getStyleClass().add("problem-file");
            file.setWrapText(true);
            TextArea lines = new TextArea(f.problems().stream().map(Problem::toString)
                    .collect(Collectors.joining("\n")));
            lines.setEditable(false);
            lines.setWrapText(true);
            lines.getStyleClass().add("problem-lines");
            lines.setPrefRowCount(Math.min(7, 2 * f.problems().size() + 1));
            lines.setMinHeight(Region.USE_PREF_SIZE);
            files.getChildren().add(new VBox(4, file, lines));
        }
    }
}
