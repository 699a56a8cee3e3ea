package org.emdrill.ui.progress;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.emdrill.ui.common.Styles;
import org.emdrill.ui.common.charts.Sparkline;

/**
 * How typed answers read month by month: length, fillers and the share of "I". Three tiles with the
 * latest month and a sparkline, and a compact table of the months behind them.
 */
final class TypedAnswersCard extends ChartCard {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final List<Metric> metrics = List.of(
            new Metric("Words per answer", "words", TypedAnswerMonth::wordsPerAnswer, v -> String.format(Locale.ROOT, "%.0f", v),
                    "Most strong answers run 250 to 400 words."),
            new Metric("Fillers per 100 words", "fillers", TypedAnswerMonth::fillersPer100,
                    v -> String.format(Locale.ROOT, "%.1f", v), "Lower reads more confident."),
            new Metric("\u201cI\u201d share", "i-share", TypedAnswerMonth::shareOfI,
                    v -> String.format(Locale.ROOT, "%.0f%%", v * 100), "\u201cI\u201d against \u201cwe\u201d: say what you did."));
    private final ResponsiveColumns tiles = new ResponsiveColumns(135, 3, 10);
    private final GridPane table = new GridPane();
    private final Label none = new Label("No typed answers in the last " + ProgressViewModel.TYPED_MONTHS
            + " months. Answer a question in writing and its length, fillers and \u201cI\u201d share show up here.");

    TypedAnswersCard() {
        this(new VBox(14));
    }

    private TypedAnswersCard(VBox body) {
        super("typed-card", "Typed answers, month by month", body);
        setSubtitle("How your written answers read over the last " + ProgressViewModel.TYPED_MONTHS + " months.");
        table.setId("typed-table");
        table.getStyleClass().add("typed-table");
        table.setHgap(18);
        table.setVgap(4);
        none.setId("typed-none");
        none.getStyleClass().add(Styles.MUTED);
        none.setWrapText(true);
        body.getChildren().addAll(tiles, table, none);
    }

    void show(List<TypedAnswerMonth> months) {
        boolean any = months.stream().anyMatch(m -> m.answers() > 0);
        none.setVisible(!any);
        none.setManaged(!any);
        tiles.setVisible(any);
        tiles.setManaged(any);
        table.setVisible(any);
        table.setManaged(any);
        tiles.getChildren().clear();
        table.getChildren().clear();
        if (!any) {
            return;
        }
        for (Metric metric : metrics) {
            tiles.getChildren().add(tile(metric, months));
        }
        fillTable(months);
    }

    private Node tile(Metric metric, List<TypedAnswerMonth> months) {
        Label name = new Label(metric.name());
        name.getStyleClass().addAll(Styles.MUTED, "tile-caption");
        name.setWrapText(true);
        OptionalDouble latest = OptionalDouble.empty();
        List<Double> values = new ArrayList<>();
        for (TypedAnswerMonth m : months) {
            OptionalDouble v = metric.value().apply(m);
            values.add(v.isPresent() ? v.getAsDouble() : Double.NaN);
            if (v.isPresent()) {
                latest = v;
            }
        }
        Label value = new Label(latest.isPresent() ? metric.format().apply(latest.getAsDouble()) : "\u2013");
        value.getStyleClass().add("stat-value");
        value.setId("typed-" + metric.id());
        Sparkline spark = new Sparkline();
        spark.setId("spark-" + metric.id());
        spark.setValues(values);
        spark.setMaxWidth(Double.MAX_VALUE);
        Label hint = new Label(metric.hint());
        hint.getStyleClass().add("kbd-hint");
        hint.setWrapText(true);
        VBox tile = new VBox(2, name, value, spark, hint);
        tile.getStyleClass().add("metric-tile");
        tile.setMinWidth(0);
        return tile;
    }

    private void fillTable(List<TypedAnswerMonth> months) {
        String[] headings = {"Month", "Answers", "Words", "Fillers / 100", "\u201cI\u201d share"};
        table.getColumnConstraints().clear();
        for (int c = 0; c < headings.length; c++) {
            Label h = new Label(headings[c]);
            h.getStyleClass().add("table-heading");
            table.add(h, c, 0);
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(c == 0 ? HPos.LEFT : HPos.RIGHT);
            cc.setHgrow(c == 0 ? Priority.ALWAYS : Priority.NEVER);
            table.getColumnConstraints().add(cc);
        }
        int row = 1;
        // Newest first: the month a user is in matters most.
        for (int i = months.size() - 1; i >= 0; i--) {
            TypedAnswerMonth m = months.get(i);
            table.add(cellText(MONTH.format(m.month())), 0, row);
            table.add(cellText(m.answers() == 0 ? "\u2013" : Integer.toString(m.answers())), 1, row);
            for (int k = 0; k < metrics.size(); k++) {
                OptionalDouble v = metrics.get(k).value().apply(m);
                table.add(cellText(v.isPresent() ? metrics.get(k).format().apply(v.getAsDouble()) : "\u2013"), k + 2, row);
            }
            row++;
        }
    }

    private static Label cellText(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("table-cell-text");
        l.setAlignment(Pos.CENTER_RIGHT);
        return l;
    }

    private record Metric(String name, String id, Function<TypedAnswerMonth, OptionalDouble> value,
                          Function<Double, String> format, String hint) {
    }
}
