package org.emdrill.ui.settings;

import java.io.File;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** "Move data folder…" and what came of it, under the data folder's path on the Settings screen. */
final class DataFolderRow {

    private DataFolderRow() {
    }

    /** Asks for a folder; replaced in tests. */
    static Function<Window, Optional<File>> chooser = window -> {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle("Choose an empty folder for EM Drill's data");
        return Optional.ofNullable(c.showDialog(window));
    };

    static Node of(DataFolderModel model) {
        Button move = new Button("Move data folder\u2026", new FontIcon(Feather.COPY));
        move.setId("move-data-folder");
        move.setMinWidth(Region.USE_PREF_SIZE);
        move.disableProperty().bind(model.busyProperty());
        move.setOnAction(e -> chooser.apply(move.getScene().getWindow()).ifPresent(f -> model.moveTo(f.toPath())));
        Label how = new Label("Copies everything to an empty folder you choose, checks the copy, and uses it from "
                + "the next start. The old folder is kept until you remove it.");
        how.getStyleClass().add(org.emdrill.ui.common.Styles.MUTED);
        how.setWrapText(true);
        how.setMinHeight(Region.USE_PREF_SIZE);
        HBox row = new HBox(14, how, move);
        HBox.setHgrow(how, javafx.scene.layout.Priority.ALWAYS);
        row.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("move-message");
        message.getStyleClass().add("backup-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return new VBox(10, row, message);
    }
}
