package org.emdrill.ui.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.emdrill.ui.common.Layouts;
import org.emdrill.ui.common.Styles;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The keyboard-shortcut sheet: an overlay over the current screen, grouped by where each shortcut works.
 * Esc, the close button or a click beside the card closes it.
 */
final class ShortcutSheet extends StackPane {

    ShortcutSheet(Runnable close) {
        setId("shortcut-sheet");
        getStyleClass().add("overlay-backdrop");

        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        Button closeButton = new Button("", new FontIcon(Feather.X));
        closeButton.setId("shortcut-sheet-close");
        closeButton.getStyleClass().addAll(atlantafx.base.theme.Styles.FLAT, atlantafx.base.theme.Styles.BUTTON_ICON);
        closeButton.setTooltip(new Tooltip("Close (Esc)"));
        closeButton.setAccessibleText("Close the shortcut list");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        HBox header = new HBox(12, title, Layouts.hSpacer(), closeButton);
        header.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(Shortcuts.SHEET.getDisplayText() + " or " + Shortcuts.SHEET_ALT.getDisplayText()
                + " opens this list from anywhere.");
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);

        // Groups flow into two columns on a wide window and one on a narrow one.
        FlowPane groups = new FlowPane(28, 18);
        groups.setId("shortcut-groups");
        for (Map.Entry<String, List<Shortcuts.Shortcut>> g : grouped().entrySet()) {
            groups.getChildren().add(group(g.getKey(), g.getValue()));
        }
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        groups.prefWrapLengthProperty().bind(scroll.widthProperty().subtract(20));
        VBox.setVgrow(scroll, Priority.ALWAYS);

        VBox card = new VBox(12, header, hint, scroll);
        card.getStyleClass().addAll(Styles.CARD, "shortcut-card");
        card.setMaxWidth(980);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        // A click on the card stays on the card; a click beside it closes the sheet.
        card.setOnMouseClicked(e -> e.consume());
        setOnMouseClicked(e -> close.run());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close.run();
                e.consume();
            }
        });
        getChildren().add(card);
    }

    private static Map<String, List<Shortcuts.Shortcut>> grouped() {
        Map<String, List<Shortcuts.Shortcut>> groups = new LinkedHashMap<>();
        for (Shortcuts.Shortcut s : Shortcuts.all()) {
            groups.computeIfAbsent(s.where(), k -> new java.util.ArrayList<>()).add(s);
        }
        return groups;
    }

    private static VBox group(String where, List<Shortcuts.Shortcut> shortcuts) {
        Label heading = new Label(where);
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(6);
        ColumnConstraints keysColumn = new ColumnConstraints();
        keysColumn.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints actionColumn = new ColumnConstraints();
        actionColumn.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keysColumn, actionColumn);
        int row = 0;
        for (Shortcuts.Shortcut s : shortcuts) {
            Label keys = new Label(s.keysText());
            keys.getStyleClass().add("key-cap");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label action = new Label(s.action());
            action.setWrapText(true);
            action.setMinHeight(Region.USE_PREF_SIZE);
            grid.addRow(row++, keys, action);
        }
        VBox box = new VBox(8, heading, grid);
        box.getStyleClass().add("shortcut-group");
        box.setPrefWidth(440);
        return box;
    }
}
