package org.emdrill.ui.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.Callback;
import javafx.util.Duration;
import org.emdrill.store.AttemptSort;
import org.emdrill.domain.AnswerMode;
import org.emdrill.ui.common.Styles;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The table of past attempts. Clicking a header sorts, but not here: the rows come a page at a time,
 * so the table only reports the wanted order ({@link #setOnSort}) and the database sorts every page.
 * Widths the user drags columns to are reported through {@link #setOnColumnsResized}.
 */
final class HistoryTable extends TableView<HistoryRow> {

    private static final double BANK_COLUMN_FROM = 780;

    /** The sort key behind each column id. */
    private static final Map<String, AttemptSort> SORT_KEYS = Map.of(
            "col-date", AttemptSort.DATE, "col-bank", AttemptSort.BANK, "col-question", AttemptSort.QUESTION,
            "col-mode", AttemptSort.MODE, "col-time", AttemptSort.DURATION, "col-score", AttemptSort.OVERALL);

    private BiConsumer<AttemptSort, Boolean> onSort = (key, asc) -> { };
    private Consumer<Map<String, Double>> onColumnsResized = widths -> { };
    /** True while the table is told the order, so that is not reported back as the user's choice. */
    private boolean showingSort;
    /** True while a drag's widths are being reported, so they are not applied back mid-drag. */
    private boolean reportingResize;

    HistoryTable() {
        setId("history-table");
        setAccessibleText("Your attempts");
        getStyleClass().addAll("history-table", atlantafx.base.theme.Styles.STRIPED);
        // Fixed-width columns stop at their maximum, so spare width goes to the bank and the question.
        Callback<ResizeFeatures, Boolean> constrained = TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS;
        setColumnResizePolicy(features -> {
            boolean resized = constrained.call(features);
            if (features.getColumn() != null) {
                // A column is given with the call only when the user drags a header border.
                reportingResize = true;
                try {
                    onColumnsResized.accept(widths());
                } finally {
                    reportingResize = false;
                }
            }
            return resized;
        });
        getColumns().add(dateColumn());
        TableColumn<HistoryRow, String> bank = column("Bank", "col-bank", 170, 90, 240, HistoryRow::bankTitle);
        bank.setCellFactory(col -> fullTextInTooltip());
        getColumns().add(bank);
        getColumns().add(questionColumn());
        getColumns().add(modeColumn());
        getColumns().add(timeColumn());
        getColumns().add(scoreColumn());
        // On a narrow window the question needs the room more; the detail pane still names the bank.
        widthProperty().addListener((obs, old, width) -> bank.setVisible(width.doubleValue() >= BANK_COLUMN_FROM));

        setSortPolicy(table -> true); // the rows arrive sorted
        getSortOrder().addListener((ListChangeListener<TableColumn<HistoryRow, ?>>) c -> reportSort());
        for (TableColumn<HistoryRow, ?> column : getColumns()) {
            column.sortTypeProperty().addListener((obs, old, now) -> reportSort());
        }
    }

    void setOnSort(BiConsumer<AttemptSort, Boolean> onSort) {
        this.onSort = onSort;
    }

    void setOnColumnsResized(Consumer<Map<String, Double>> onColumnsResized) {
        this.onColumnsResized = onColumnsResized;
    }

    /** Shows the arrow on the column the rows are sorted by. */
    void showSort(AttemptSort key, boolean ascending) {
        showingSort = true;
        try {
            for (TableColumn<HistoryRow, ?> column : getColumns()) {
                if (SORT_KEYS.get(column.getId()) == key) {
                    column.setSortType(ascending ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                    getSortOrder().setAll(List.of(column));
                }
            }
        } finally {
            showingSort = false;
        }
    }

    /**
     * Scrolls the row into view when it is not already (a selection made elsewhere, such as an attempt
     * opened from a mock interview's summary, may lie far down the list).
     */
    void reveal(HistoryRow row) {
        int index = getItems().indexOf(row);
        if (index < 0) {
            return;
        }
        if (lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow
                && flow.getFirstVisibleCell() != null && flow.getLastVisibleCell() != null
                && index > flow.getFirstVisibleCell().getIndex() && index < flow.getLastVisibleCell().getIndex()) {
            return; // wholly in view already: leave the scroll where the user had it
        }
        scrollTo(Math.max(0, index - 1));
    }

    boolean isResizingByUser() {
        return reportingResize;
    }

    /** Gives the columns the widths saved earlier; unknown ids are ignored. */
    void applyWidths(Map<String, Double> widths) {
        for (TableColumn<HistoryRow, ?> column : getColumns()) {
            Double width = widths.get(column.getId());
            if (width != null) {
                column.setPrefWidth(Math.max(column.getMinWidth(), Math.min(width, column.getMaxWidth())));
            }
        }
    }

    private Map<String, Double> widths() {
        Map<String, Double> widths = new HashMap<>();
        for (TableColumn<HistoryRow, ?> column : getColumns()) {
            if (column.isVisible()) {
                widths.put(column.getId(), column.getWidth());
            }
        }
        return widths;
    }

    private void reportSort() {
        if (showingSort) {
            return;
        }
        if (getSortOrder().isEmpty()) {
            // A third click on a header removes the sort: back to newest first.
            onSort.accept(AttemptSort.DATE, false);
            return;
        }
        TableColumn<HistoryRow, ?> first = getSortOrder().get(0);
        onSort.accept(SORT_KEYS.getOrDefault(first.getId(), AttemptSort.DATE),
                first.getSortType() == TableColumn.SortType.ASCENDING);
    }

    private static <T> TableColumn<HistoryRow, T> column(String title, String id, double pref, double min,
                                                         double max, Function<HistoryRow, T> text) {
        TableColumn<HistoryRow, T> c = new TableColumn<>(title);
        c.setId(id);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(text.apply(f.getValue())));
        c.setSortable(true);
        c.setReorderable(false);
        c.setPrefWidth(pref);
        c.setMinWidth(min);
        c.setMaxWidth(max);
        return c;
    }

    private static TableColumn<HistoryRow, HistoryRow> questionColumn() {
        TableColumn<HistoryRow, HistoryRow> c = column("Question", "col-question", 360, 140, Double.MAX_VALUE,
                Function.identity());
        c.setCellFactory(col -> new TableCell<>() {
            private final Tooltip tooltip = wrappingTooltip();
            private final MockTag tag = new MockTag();

            @Override
            protected void updateItem(HistoryRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    setAccessibleText(null);
                    return;
                }
                setText(row.prompt());
                // The cell's one tooltip names the interview too: a second one on the tag would fight it.
                tooltip.setText(row.fromInterview() ? row.prompt() + "\n\n" + row.interviewText() : row.prompt());
                setTooltip(tooltip);
                setGraphic(row.fromInterview() ? tag.showing(row) : null);
                setAccessibleText(row.fromInterview() ? row.interviewText() + ": " + row.prompt() : null);
            }
        });
        return c;
    }

    /**
     * The "Mock" tag before the question of an attempt that was part of a mock interview; what it stands
     * for is read out, and shown in the tooltip of the cell (table) or the line beside it (detail).
     */
    static final class MockTag extends javafx.scene.control.Label {
        MockTag() {
            super("Mock");
            getStyleClass().add("mock-tag");
            setMinWidth(USE_PREF_SIZE);
        }

        MockTag showing(HistoryRow row) {
            setAccessibleText(row.interviewText());
            return this;
        }
    }

    /** A free-text cell (bank, question) ends in "…" when narrow; its tooltip and the detail pane show all. */
    private static TableCell<HistoryRow, String> fullTextInTooltip() {
        return new TableCell<>() {
            private final Tooltip tooltip = wrappingTooltip();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                if (empty || text == null) {
                    setText(null);
                    setTooltip(null);
                } else {
                    setText(text);
                    tooltip.setText(text);
                    setTooltip(tooltip);
                }
            }
        };
    }

    /**
     * The date column is never narrower than its widest date ("Sep 30, 2026, 10:49 PM"), at whatever text
     * size: each cell widens the column to what its text needs once it knows its font.
     */
    private static TableColumn<HistoryRow, String> dateColumn() {
        TableColumn<HistoryRow, String> c = column("Date", "col-date", 190, 150, 320, HistoryRow::dateText);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty ? null : date);
            }

            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                if (getText() != null && getTableColumn() != null) {
                    double needed = Math.ceil(snappedLeftInset() + snappedRightInset() + textWidth(this));
                    TableColumn<HistoryRow, ?> date = getTableColumn();
                    if (needed > date.getMinWidth()) {
                        double grown = Math.max(0, needed - date.getWidth());
                        date.setMinWidth(needed);
                        date.setPrefWidth(Math.max(date.getPrefWidth(), needed));
                        // The table fits its columns only when its own width changes: the question gives
                        // up what the date took, or the last column is pushed out and the table scrolls
                        // sideways.
                        TableColumn<HistoryRow, ?> question = getTableView().getColumns().stream()
                                .filter(c -> "col-question".equals(c.getId())).findFirst().orElseThrow();
                        question.setPrefWidth(Math.max(question.getMinWidth(), question.getWidth() - grown));
                    }
                }
            }
        });
        return c;
    }

    private static double textWidth(javafx.scene.control.Labeled cell) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(cell.getText());
        probe.setFont(cell.getFont());
        return probe.getLayoutBounds().getWidth() + 2;
    }

    private static TableColumn<HistoryRow, HistoryRow> modeColumn() {
        TableColumn<HistoryRow, HistoryRow> c = column("Mode", "col-mode", 104, 100, 120, Function.identity());
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(HistoryRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    setText(row.modeText());
                    FontIcon icon = new FontIcon(row.mode() == AnswerMode.SPOKEN ? Feather.MIC : Feather.EDIT_3);
                    icon.getStyleClass().add("mode-icon");
                    setGraphic(icon);
                }
            }
        });
        return c;
    }

    private static TableColumn<HistoryRow, HistoryRow> timeColumn() {
        TableColumn<HistoryRow, HistoryRow> c = column("Time / target", "col-time", 138, 136, 160,
                Function.identity());
        c.setCellFactory(col -> new TableCell<>() {
            private final FontIcon overIcon = new FontIcon(Feather.ALERT_CIRCLE);
            private final Tooltip tooltip = new Tooltip();

            {
                overIcon.getStyleClass().add("over-icon");
                setContentDisplay(ContentDisplay.RIGHT);
                setGraphicTextGap(6);
                tooltip.setShowDelay(Duration.millis(300));
            }

            @Override
            protected void updateItem(HistoryRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove(Styles.OVER_TARGET);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                setText(row.time().text());
                boolean over = row.time().overTarget();
                setGraphic(over ? overIcon : null);
                if (over) {
                    getStyleClass().add(Styles.OVER_TARGET);
                }
                tooltip.setText(row.time().explanation());
                setTooltip(tooltip);
            }
        });
        return c;
    }

    private static TableColumn<HistoryRow, String> scoreColumn() {
        TableColumn<HistoryRow, String> c = column("Score", "col-score", 70, 60, 90, HistoryRow::scoreText);
        c.getStyleClass().add("score-column");
        c.setCellFactory(col -> new TableCell<>() {
            {
                setAlignment(Pos.CENTER_RIGHT);
                getStyleClass().add("score-cell");
            }

            @Override
            protected void updateItem(String score, boolean empty) {
                super.updateItem(score, empty);
                setText(empty ? null : score);
            }
        });
        return c;
    }

    static Tooltip wrappingTooltip() {
        Tooltip t = new Tooltip();
        t.setWrapText(true);
        t.setMaxWidth(480);
        t.setShowDelay(Duration.millis(400));
        return t;
    }

    /** Rows that call {@code onOpen} on a double-click. */
    void setOnOpen(Consumer<HistoryRow> onOpen) {
        setRowFactory(table -> {
            TableRow<HistoryRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
    }
}
