package org.emdrill.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.emdrill.audio.DeliveryFigures;

/** The delivery figures beside a player: caption, value and a short note on each line. */
public final class DeliveryFiguresPane extends GridPane {

    public DeliveryFiguresPane(String idPrefix) {
        setId(idPrefix + "-delivery");
        getStyleClass().add("delivery-figures");
        setHgap(12);
        setVgap(4);
        ColumnConstraints caption = new ColumnConstraints();
        caption.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints value = new ColumnConstraints();
        value.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints note = new ColumnConstraints();
        note.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(caption, value, note);
    }

    /** Shows {@code figures}; null shows that the recording has not been measured yet. */
    public void show(DeliveryFigures figures, int targetSeconds) {
        getChildren().clear();
        if (figures == null) {
            Label none = new Label("Delivery figures appear once the recording has been measured.");
            none.getStyleClass().add(Styles.MUTED);
            none.setWrapText(true);
            add(none, 0, 0, 3, 1);
            return;
        }
        int row = 0;
        for (DeliveryLines.Line line : DeliveryLines.of(figures, targetSeconds)) {
            Label caption = new Label(line.caption());
            caption.getStyleClass().add(Styles.MUTED);
            Label value = new Label(line.value());
            value.setId(getId() + "-" + line.id());
            value.getStyleClass().add("figure-value");
            if (line.warn()) {
                value.getStyleClass().add("outside-band");
            }
            value.setAccessibleText(line.caption() + ": " + line.value() + ", " + line.note());
            Label note = new Label(line.note());
            note.getStyleClass().addAll(Styles.MUTED, "figure-note");
            note.setWrapText(true);
            note.setMinHeight(Region.USE_PREF_SIZE);
            addRow(row++, caption, value, note);
        }
    }
}
