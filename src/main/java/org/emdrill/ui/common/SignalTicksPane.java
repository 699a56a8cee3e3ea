package org.emdrill.ui.common;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.layout.ColumnConstraints;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The question's signals of a strong answer and its red flags, each beside an "I did this" tick, on the
 * scoring card. Ticks sit in a column of their own width so the words line up and wrap beside them;
 * ticking changes no size, so nothing moves under the pointer. Ids: {@code <prefix>signal-<n>} and
 * {@code <prefix>red-flag-<n>}, 0-based in the question's order.
 */
final class SignalTicksPane extends VBox {

    SignalTicksPane(SignalChecks checks, String idPrefix) {
        super(8);
        setId(idPrefix + "signal-ticks");
        getStyleClass().add("signal-ticks");
        Label title = Layouts.label("What your answer showed", "section-title");
        Label hint = Layouts.wrapping("You mark these yourself. If you tick a red flag, we suggest 2 at most for what"
                + " this question targets; the level you choose is the one that counts.", "muted", "signal-hint");
        getChildren().addAll(title, hint);
        if (!checks.signals().isEmpty()) {
            getChildren().add(group("Signals of a strong answer", checks.signals(), idPrefix + "signal-",
                    "I did this", Feather.CHECK_CIRCLE, "signal"));
        }
        if (!checks.redFlags().isEmpty()) {
            getChildren().add(group("Red flags", checks.redFlags(), idPrefix + "red-flag-",
                    "I did this (red flag)", Feather.ALERT_OCTAGON, "red-flag"));
        }
    }

    private static VBox group(String caption, List<SignalChecks.Item> items, String idBase, String tickText,
                              Feather icon, String styleClass) {
        Label head = new Label(caption, new FontIcon(icon));
        head.getStyleClass().addAll("signal-group-title", styleClass);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints tick = new ColumnConstraints();
        tick.setMinWidth(Region.USE_PREF_SIZE);
        tick.setHalignment(HPos.LEFT);
        ColumnConstraints words = new ColumnConstraints();
        words.setHgrow(Priority.ALWAYS);
        words.setMinWidth(0);
        grid.getColumnConstraints().addAll(tick, words);
        for (int i = 0; i < items.size(); i++) {
            SignalChecks.Item item = items.get(i);
            CheckBox box = new CheckBox(tickText);
            box.setId(idBase + i);
            box.setMinWidth(Region.USE_PREF_SIZE);
            box.selectedProperty().bindBidirectional(item.ticked());
            box.setAccessibleText(tickText + ": " + item.text());
            Label text = Layouts.wrapping(item.text(), "signal-text", styleClass);
            text.setId(idBase + i + "-text");
            text.setMaxWidth(Double.MAX_VALUE);
            text.setLabelFor(box);
            GridPane.setValignment(box, VPos.TOP);
            GridPane.setValignment(text, VPos.TOP);
            grid.add(box, 0, i);
            grid.add(text, 1, i);
        }
        VBox g = new VBox(6, head, grid);
        g.setAlignment(Pos.TOP_LEFT);
        return g;
    }
}
