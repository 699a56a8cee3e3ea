package org.emdrill.ui.history;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.emdrill.ui.common.Styles;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The History screen: past attempts in a table, newest first, and the selected one in full beside
 * the table on a wide window or below it on a narrower one. Enter or a double-click opens a row,
 * Delete removes it after asking.
 */
public final class HistoryView extends BorderPane {

    private static final String CSS = Objects.requireNonNull(
            HistoryView.class.getResource("/org/emdrill/ui/history/history.css")).toExternalForm();

    /** From this width on, the detail sits beside the table instead of below it. */
    private static final double SIDE_BY_SIDE_FROM = 1400;

    private final HistoryViewModel model;
    private final HistoryTable table = new HistoryTable();
    private final SplitPane split = new SplitPane();

    public HistoryView(HistoryViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        setId("history-view");
        getStylesheets().add(CSS);
        getStyleClass().addAll(Styles.SCREEN, "history-screen");

        setTop(header());
        StackPane center = new StackPane(workspace(), emptyState());
        BorderPane.setMargin(center, new Insets(16, 0, 0, 0));
        setCenter(center);
        wireTable();
        model.refresh();
    }

    private Node header() {
        Label title = new Label("History");
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        Label count = new Label();
        count.setId("history-count");
        count.getStyleClass().add(Styles.MUTED);
        count.textProperty().bind(model.countTextProperty());
        VBox titles = new VBox(2, title, count);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button delete = new Button("Delete…", new FontIcon(Feather.TRASH_2));
        delete.setId("delete-attempt");
        delete.getStyleClass().addAll(atlantafx.base.theme.Styles.BUTTON_OUTLINED, atlantafx.base.theme.Styles.DANGER);
        delete.setTooltip(new Tooltip("Delete the selected attempt (Delete)"));
        delete.disableProperty().bind(model.selectedProperty().isNull());
        delete.setMinWidth(Region.USE_PREF_SIZE);
        delete.setOnAction(e -> model.deleteSelected());
        // Nothing to delete in an empty history; the empty state says what to do instead.
        delete.visibleProperty().bind(model.emptyProperty().not());

        HBox header = new HBox(12, titles, spacer, delete);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Node workspace() {
        Label error = new Label();
        error.setId("history-error");
        error.getStyleClass().add("history-error");
        error.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Button more = new Button("Show older attempts", new FontIcon(Feather.CHEVRONS_DOWN));
        more.setId("load-more");
        more.getStyleClass().add(atlantafx.base.theme.Styles.FLAT);
        more.setMaxWidth(Double.MAX_VALUE);
        more.visibleProperty().bind(model.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> model.loadMore());

        table.setItems(model.rows());
        Label placeholder = new Label();
        placeholder.getStyleClass().add(Styles.MUTED);
        placeholder.textProperty().bind(Bindings.when(model.loadingProperty())
                .then("Loading your history…").otherwise("Nothing to show."));
        table.setPlaceholder(placeholder);
        VBox tableArea = new VBox(8, error, table, more);
        VBox.setVgrow(table, Priority.ALWAYS);
        tableArea.setMinSize(0, 0);

        AttemptDetailPane detail = new AttemptDetailPane(model.detailProperty(), model.selectedProperty());
        detail.setMinSize(0, 0);

        split.setId("history-split");
        split.getStyleClass().add("history-split");
        split.getItems().addAll(tableArea, detail);
        SplitPane.setResizableWithParent(detail, true);
        widthProperty().addListener((obs, old, width) -> arrange(width.doubleValue()));
        arrange(getWidth());

        split.visibleProperty().bind(model.emptyProperty().not());
        return split;
    }

    /** Beside on a wide window, below on a narrow one, so neither the table nor the detail is cramped. */
    private void arrange(double width) {
        Orientation wanted = width >= SIDE_BY_SIDE_FROM ? Orientation.HORIZONTAL : Orientation.VERTICAL;
        if (split.getOrientation() != wanted || split.getDividers().isEmpty()) {
            split.setOrientation(wanted);
            split.setDividerPositions(wanted == Orientation.HORIZONTAL ? 0.6 : 0.42);
        }
    }

    private Node emptyState() {
        FontIcon icon = new FontIcon(Feather.CLOCK);
        icon.getStyleClass().add("empty-icon");
        Label heading = new Label("No attempts yet");
        heading.getStyleClass().add("empty-heading");
        Label text = new Label("Practise a question and it shows up here, with your answer, scores and notes.");
        text.getStyleClass().addAll(Styles.MUTED, "empty-text");
        text.setWrapText(true);
        Label hint = new Label("Open Practice in the sidebar (Ctrl+1) to answer your first question.");
        hint.getStyleClass().add("kbd-hint");
        hint.setWrapText(true);
        VBox box = new VBox(10, icon, heading, text, hint);
        box.setId("history-empty");
        box.getStyleClass().add("history-empty");
        box.setAlignment(Pos.CENTER);
        box.setMaxSize(460, Region.USE_PREF_SIZE);
        box.visibleProperty().bind(model.emptyProperty());
        StackPane.setAlignment(box, Pos.CENTER);
        return box;
    }

    private void wireTable() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.select(row));
        model.selectedProperty().addListener((obs, old, row) -> {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (!row.equals(table.getSelectionModel().getSelectedItem())) {
                table.getSelectionModel().select(row);
            }
        });
        table.setOnOpen(model::open);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                model.deleteSelected();
                e.consume();
            }
        });
    }
}
