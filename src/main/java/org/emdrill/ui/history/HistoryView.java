package org.emdrill.ui.history;

import org.emdrill.ui.common.UnsavedWork;

import java.util.Optional;

import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
 * The History screen: filters over a sortable table of past attempts, and the selected one in full
 * beside the table on a wide window or below it on a narrower one. Enter or a double-click opens a
 * row, Delete removes it (with Undo), Ctrl+F searches. "Compare" swaps the list for the compare view.
 */
public final class HistoryView extends BorderPane implements UnsavedWork {

    private static final String CSS = Objects.requireNonNull(
            HistoryView.class.getResource("/org/emdrill/ui/history/history.css")).toExternalForm();

    /** From this width on, the detail sits beside the table instead of below it. */
    private static final double SIDE_BY_SIDE_FROM = 1400;

    private final HistoryViewModel model;
    private final HistoryTable table = new HistoryTable();
    private final SplitPane split = new SplitPane();
    private final FilterBar filterBar;

    public HistoryView(HistoryViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        setId("history-view");
        getStylesheets().add(CSS);
        getStyleClass().addAll(Styles.SCREEN, "history-screen");

        filterBar = new FilterBar(model.filters(), model.bankOptions(), model.stories());
        model.stories().reload();
        BorderPane list = new BorderPane();
        list.setId("history-list");
        VBox top = new VBox(14, header(), filterBar, new TransferNotices(model));
        top.setPadding(new Insets(0, 0, 14, 0));
        list.setTop(top);
        list.setCenter(new StackPane(workspace(), emptyState(), undoBar()));
        list.visibleProperty().bind(model.compare().showingProperty().not());

        setCenter(new StackPane(list, new CompareView(model.compare())));
        wireTable();
        wireKeys();
        model.start();
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

        Button importButton = new Button("Import…", new FontIcon(Feather.DOWNLOAD));
        importButton.setId("import-history");
        importButton.setTooltip(new Tooltip("Add the attempts from an EM Drill JSON export, or a zip export with recordings"));
        importButton.disableProperty().bind(model.transfer().busyProperty());
        importButton.setOnAction(e -> model.transfer().importFile());
        importButton.setMinWidth(Region.USE_PREF_SIZE);

        MenuButton export = exportMenu();
        HBox header = new HBox(10, titles, spacer, importButton, export);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private MenuButton exportMenu() {
        MenuButton export = org.emdrill.ui.common.RightAlignedMenu.of(new MenuButton("Export", new FontIcon(Feather.UPLOAD)));
        export.setId("export-history");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.disableProperty().bind(model.transfer().busyProperty().or(model.emptyProperty()));

        ToggleGroup scope = new ToggleGroup();
        RadioMenuItem filtered = new RadioMenuItem();
        filtered.setId("export-scope-filtered");
        filtered.textProperty().bind(Bindings.createStringBinding(
                () -> "The attempts shown (" + model.matchingProperty().get() + ")", model.matchingProperty()));
        RadioMenuItem everything = new RadioMenuItem();
        everything.setId("export-scope-all");
        everything.textProperty().bind(Bindings.createStringBinding(
                () -> "Everything (" + model.totalProperty().get() + ")", model.totalProperty()));
        filtered.setToggleGroup(scope);
        everything.setToggleGroup(scope);
        everything.setSelected(true);
        // With filters set, exporting what is on screen is the likely wish.
        model.filters().activeProperty().addListener((obs, old, active) ->
                (active ? filtered : everything).setSelected(true));
        MenuItem scopeHeading = new MenuItem("Export");
        scopeHeading.setDisable(true);

        export.getItems().addAll(scopeHeading, filtered, everything, new SeparatorMenuItem());
        for (ExportFormat format : ExportFormat.values()) {
            MenuItem item = new MenuItem(format.label() + "…");
            item.setId("export-" + format.extension());
            item.setOnAction(e -> model.transfer().export(format, filtered.isSelected()));
            export.getItems().add(item);
        }
        return export;
    }

    private Node workspace() {
        Button more = new Button("", new FontIcon(Feather.CHEVRONS_DOWN));
        more.setId("load-more");
        more.textProperty().bind(model.moreTextProperty());
        more.getStyleClass().add(atlantafx.base.theme.Styles.FLAT);
        more.setMaxWidth(Double.MAX_VALUE);
        more.visibleProperty().bind(model.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> model.loadMore());

        table.setItems(model.rows());
        table.setPlaceholder(tablePlaceholder());
        VBox tableArea = new VBox(8, table, more);
        VBox.setVgrow(table, Priority.ALWAYS);
        tableArea.setMinSize(0, 0);

        AttemptDetailPane detail = new AttemptDetailPane(model);
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

    private Node tablePlaceholder() {
        Label text = new Label();
        text.setId("history-no-matches");
        text.getStyleClass().add(Styles.MUTED);
        text.setWrapText(true);
        text.textProperty().bind(Bindings.when(model.loadingProperty())
                .then("Loading your history…")
                .otherwise("No attempts match these filters."));
        Button clear = new Button("Clear filters", new FontIcon(Feather.X));
        clear.setId("placeholder-clear");
        clear.visibleProperty().bind(model.noMatchesProperty());
        clear.setOnAction(e -> model.filters().clear());
        VBox box = new VBox(10, text, clear);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /** Beside on a wide window, below on a narrow one, so neither the table nor the detail is cramped. */
    private void arrange(double width) {
        Orientation wanted = width >= SIDE_BY_SIDE_FROM ? Orientation.HORIZONTAL : Orientation.VERTICAL;
        if (split.getOrientation() != wanted || split.getDividers().isEmpty()) {
            split.setOrientation(wanted);
            split.setDividerPositions(wanted == Orientation.HORIZONTAL ? 0.55 : 0.42);
        }
    }

    private Node undoBar() {
        UndoBar bar = new UndoBar(model);
        StackPane.setAlignment(bar, Pos.BOTTOM_CENTER);
        StackPane.setMargin(bar, new Insets(0, 0, 18, 0));
        return bar;
    }

    private Node emptyState() {
        FontIcon icon = new FontIcon(Feather.CLOCK);
        icon.getStyleClass().add("empty-icon");
        Label heading = new Label("No attempts yet");
        heading.getStyleClass().add("empty-heading");
        Label text = new Label("Practise a question and it shows up here, with your answer, scores and notes.");
        text.getStyleClass().addAll(Styles.MUTED, "empty-text");
        text.setWrapText(true);
        Label hint = new Label("Open Practice in the sidebar (Ctrl+1) to answer your first question, "
                + "or import an earlier export.");
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
                table.reveal(row);
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
        table.showSort(model.sortProperty().get(), model.ascendingProperty().get());
        table.setOnSort((key, asc) -> {
            model.sortBy(key, asc);
            // The table may have dropped its sort (third click); show the order the rows really have.
            Platform.runLater(() -> table.showSort(model.sortProperty().get(), model.ascendingProperty().get()));
        });
        table.setOnColumnsResized(model::columnsResized);
        table.applyWidths(model.columnWidths());
        model.columnWidths().addListener((MapChangeListener<String, Double>) c -> {
            if (c.wasAdded() && !table.isResizingByUser()) {
                table.applyWidths(model.columnWidths());
            }
        });
    }

    private void wireKeys() {
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
                filterBar.focusSearch();
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.Z && !model.undoTextProperty().get().isEmpty()) {
                model.undoDelete();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && model.compare().showingProperty().get()) {
                model.compare().close();
                e.consume();
            }
        });
    }

    @Override
    public Optional<String> unsavedWork() {
        return model.editor().isEditing() ? Optional.of("changes to an attempt's scores and notes") : Optional.empty();
    }
}
