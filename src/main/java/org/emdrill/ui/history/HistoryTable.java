package org.emdrill.ui.history;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.emdrill.domain.AnswerMode;
import org.emdrill.ui.common.Styles;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The table of past attempts. Columns are not sortable: the rows come newest first a page at a time,
 * and sorting only the loaded pages would suggest an order the history does not have.
 */
final class HistoryTable extends TableView<HistoryRow> {

    private static final double BANK_COLUMN_FROM = 780;

    HistoryTable() {
        setId("history-table");
        getStyleClass().addAll("history-table", atlantafx.base.theme.Styles.STRIPED);
        // Fixed-width columns stop at their maximum, so spare width goes to the bank and the question.
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        getColumns().add(column("Date", "col-date", 190, 185, 240, HistoryRow::dateText));
        TableColumn<HistoryRow, String> bank = column("Bank", "col-bank", 170, 90, 240, HistoryRow::bankTitle);
        getColumns().add(bank);
        getColumns().add(questionColumn());
        getColumns().add(modeColumn());
        getColumns().add(timeColumn());
        getColumns().add(scoreColumn());
        // On a narrow window the question needs the room more; the detail pane still names the bank.
        widthProperty().addListener((obs, old, width) -> bank.setVisible(width.doubleValue() >= BANK_COLUMN_FROM));
    }

    private static <T> TableColumn<HistoryRow, T> column(String title, String id, double pref, double min,
                                                         double max, Function<HistoryRow, T> text) {
        TableColumn<HistoryRow, T> c = new TableColumn<>(title);
        c.setId(id);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(text.apply(f.getValue())));
        c.setSortable(false);
        c.setReorderable(false);
        c.setPrefWidth(pref);
        c.setMinWidth(min);
        c.setMaxWidth(max);
        return c;
    }

    private static TableColumn<HistoryRow, String> questionColumn() {
        TableColumn<HistoryRow, String> c = column("Question", "col-question", 360, 140, Double.MAX_VALUE,
                HistoryRow::prompt);
        c.setCellFactory(col -> new TableCell<>() {
            private final Tooltip tooltip = wrappingTooltip();

            @Override
            protected void updateItem(String prompt, boolean empty) {
                super.updateItem(prompt, empty);
                if (empty || prompt == null) {
                    setText(null);
                    setTooltip(null);
                } else {
                    setText(prompt);
                    tooltip.setText(prompt);
                    setTooltip(tooltip);
                }
            }
        });
        return c;
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
