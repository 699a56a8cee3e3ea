package org.emdrill.ui.history;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** "Attempt deleted · Undo", floating at the bottom of the screen while a delete can be undone. */
final class UndoBar extends HBox {

    UndoBar(HistoryViewModel model) {
        super(12);
        setId("undo-bar");
        getStyleClass().add("undo-bar");
        setAlignment(Pos.CENTER_LEFT);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);

        Label text = new Label();
        text.setId("undo-text");
        text.setGraphic(new FontIcon(Feather.TRASH_2));
        text.textProperty().bind(model.undoTextProperty());
        text.setMinWidth(Region.USE_PREF_SIZE);

        Button undo = new Button("Undo");
        undo.setId("undo-delete");
        undo.getStyleClass().addAll(atlantafx.base.theme.Styles.FLAT, "undo-button");
        undo.setTooltip(new Tooltip("Put the attempt back (Ctrl+Z)"));
        undo.setOnAction(e -> model.undoDelete());

        Button close = new Button(null, new FontIcon(Feather.X));
        close.setId("undo-dismiss");
        close.getStyleClass().addAll(atlantafx.base.theme.Styles.FLAT, atlantafx.base.theme.Styles.BUTTON_ICON,
                "undo-dismiss");
        close.setAccessibleText("Dismiss");
        close.setTooltip(new Tooltip("Dismiss"));
        close.setOnAction(e -> model.dismissUndo());

        getChildren().addAll(text, undo, close);
        visibleProperty().bind(model.undoTextProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
