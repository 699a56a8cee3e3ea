package org.emdrill.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * What the window shows for the moment between appearing and the history being open: the theme's
 * background and one quiet line. Built from shapes only, no controls, so no stylesheet has to be
 * parsed before the first frame; nothing on it can be typed into, so the checks that run behind it
 * (the single-instance lock, database recovery, draft recovery) finish before the user can type.
 */
public final class OpeningView extends StackPane {

    public static final String ID = "opening-view";
    public static final String MESSAGE = "Opening your history…";

    /** The two AtlantaFX Primer background and muted-text colours, so the real screen replaces it calmly. */
    public OpeningView(boolean dark) {
        setId(ID);
        setBackground(new Background(new BackgroundFill(
                dark ? Color.web("#0d1117") : Color.web("#ffffff"), null, Insets.EMPTY)));
        Text message = new Text(MESSAGE);
        message.setFill(dark ? Color.web("#8b949e") : Color.web("#57606a"));
        message.setFont(Font.font(15));
        getChildren().add(message);
    }
}
