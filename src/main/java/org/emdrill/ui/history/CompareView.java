package org.emdrill.ui.history;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.emdrill.ui.common.Styles;
import org.emdrill.ui.common.WaveformPlayer;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Every attempt at one question side by side, oldest first: a column per attempt with its date,
 * overall score (and the change since the attempt before), each dimension's score, the time against
 * the target, the word count, the recording's player when it has one, and the answer. Scrolls sideways when there are more than fit.
 */
final class CompareView extends BorderPane {

    private static final double COLUMN_WIDTH = 300;

    private final HBox columns = new HBox(14);

    CompareView(CompareModel model) {
        setId("compare-view");
        getStyleClass().add("compare-view");

        Button back = new Button("Back to history", new FontIcon(Feather.ARROW_LEFT));
        back.setId("compare-back");
        back.getStyleClass().add(atlantafx.base.theme.Styles.FLAT);
        back.setCancelButton(true);
        back.setOnAction(e -> model.close());

        Label title = new Label("Compare attempts");
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        Label prompt = new Label();
        prompt.setId("compare-prompt");
        prompt.getStyleClass().add("compare-prompt");
        prompt.setWrapText(true);
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        prompt.textProperty().bind(model.promptProperty());
        Label summary = new Label();
        summary.setId("compare-summary");
        summary.getStyleClass().add(Styles.MUTED);
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        VBox top = new VBox(8, back, title, prompt, summary);
        top.setPadding(new Insets(0, 0, 16, 0));
        setTop(top);

        columns.setId("compare-columns");
        columns.setFillHeight(true);
        columns.setPadding(new Insets(2, 2, 12, 2));
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setId("compare-scroll");
        scroll.setFitToHeight(false);
        scroll.getStyleClass().addAll(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE, "compare-scroll");
        setCenter(scroll);

        model.columns().addListener((ListChangeListener<CompareColumn>) c -> {
            columns.getChildren().setAll(model.columns().stream().map(col -> column(model, col)).toList());
        });
        visibleProperty().bind(model.showingProperty());
    }

    private static Node column(CompareModel model, CompareColumn c) {
        Label number = new Label("Attempt " + c.number());
        number.getStyleClass().add("compare-number");
        HBox heading = new HBox(8, number);
        heading.setAlignment(Pos.CENTER_LEFT);
        if (c.current()) {
            Label opened = new Label("opened");
            opened.getStyleClass().add("compare-current-badge");
            heading.getChildren().add(opened);
        }
        Label date = new Label(c.dateText(), new FontIcon(Feather.CALENDAR));
        date.getStyleClass().addAll(Styles.MUTED, "compare-date");

        Label overall = new Label(c.overallText());
        overall.setId("compare-overall-" + c.number());
        overall.getStyleClass().add("compare-overall");
        Label change = new Label(c.overallChange());
        change.setId("compare-change-" + c.number());
        change.getStyleClass().addAll("compare-change", c.improved() ? "up" : c.declined() ? "down" : "flat");
        Label outOf = new Label("overall");
        outOf.getStyleClass().add("stat-sub");
        HBox overallRow = new HBox(8, overall, outOf, change);
        overallRow.setAlignment(Pos.BASELINE_LEFT);

        VBox scores = new VBox(4);
        for (CompareColumn.ScoreLine line : c.scores()) {
            Label name = new Label(line.dimension().displayName());
            name.getStyleClass().add("dimension-name");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label score = new Label(line.scoreText());
            score.getStyleClass().addAll("score-badge", line.score() == null ? "not-shown" : "shown");
            HBox row = new HBox(6, name, spacer);
            if (line.change() != 0) {
                Label delta = new Label((line.change() > 0 ? "▲" : "▼") + Math.abs(line.change()));
                delta.getStyleClass().addAll("compare-change", line.change() > 0 ? "up" : "down");
                row.getChildren().add(delta);
            }
            row.getChildren().add(score);
            row.setAlignment(Pos.CENTER_LEFT);
            scores.getChildren().add(row);
        }

        Label time = new Label(c.time().text(), new FontIcon(Feather.CLOCK));
        time.getStyleClass().add("compare-fact");
        if (c.time().overTarget()) {
            time.getStyleClass().add(Styles.OVER_TARGET);
        }
        Label words = new Label(c.wordsText(), new FontIcon(Feather.ALIGN_LEFT));
        words.setId("compare-words-" + c.number());
        words.getStyleClass().add("compare-fact");
        HBox facts = new HBox(16, time, words);

        Label answer = new Label(c.answerText().isEmpty() ? "No answer text (spoken, or nothing typed)." : c.answerText());
        answer.setId("compare-answer-" + c.number());
        answer.setWrapText(true);
        answer.setMinHeight(Region.USE_PREF_SIZE);
        answer.getStyleClass().add(c.answerText().isEmpty() ? Styles.MUTED : "compare-answer");

        VBox card = new VBox(12, heading, date, overallRow, scores, facts);
        model.player(c.id()).ifPresent(player -> card.getChildren().addAll(sectionLabel("Recording"),
                new WaveformPlayer(player, "compare-" + c.number())));
        card.getChildren().addAll(sectionLabel("Answer"), answer);
        card.setId("compare-column-" + c.number());
        card.getStyleClass().addAll("compare-column", c.current() ? "current" : "other");
        card.setPrefWidth(COLUMN_WIDTH);
        card.setMinWidth(COLUMN_WIDTH);
        card.setMaxWidth(COLUMN_WIDTH);
        return card;
    }

    private static Label sectionLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }
}
