package org.emdrill.ui.banks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QuestionKind;
import org.emdrill.domain.QuestionLevel;
import org.emdrill.ui.common.Formats;
import org.emdrill.ui.common.PromptLabel;
import org.emdrill.ui.common.Styles;

/**
 * The right-hand column: everything about the chosen question, or an overview of the chosen bank when
 * no question is chosen.
 */
final class QuestionPreview extends VBox {

    QuestionPreview() {
        super(10);
        setId("question-preview");
        setMinWidth(0);
        getStyleClass().add("question-preview");
    }

    void showNothing(String hint) {
        Label empty = new Label(hint);
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        StackPane centred = new StackPane(empty);
        centred.setMinHeight(200);
        getChildren().setAll(centred);
    }

    void showBank(BankSummary summary) {
        QuestionBank bank = summary.bank();
        Label title = wrapped(bank.title(), "preview-prompt");
        title.setId("preview-bank-title");
        Label badge = new Label(summary.badge());
        badge.getStyleClass().addAll("badge", summary.isBundled() ? "bundled" : "yours");
        Label count = new Label(bank.questions().size() + (bank.questions().size() == 1 ? " question" : " questions"));
        count.getStyleClass().add("chip");
        HBox chips = new HBox(8, badge, count);
        chips.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(title, chips);
        if (!bank.description().isBlank()) {
            getChildren().add(wrapped(bank.description(), Styles.MUTED));
        }
        getChildren().add(heading("What it tests, by weight"));
        DimensionCoverage coverage = summary.coverage();
        for (Dimension d : coverage.covered()) {
            getChildren().add(weightRow(d, Math.round(coverage.share(d) * 100) + "%", coverage.share(d)));
        }
        if (bank.source() == org.emdrill.domain.BankSource.USER) {
            Label file = wrapped(bank.origin(), "preview-bank");
            getChildren().addAll(heading("File"), file);
        }
        getChildren().add(wrapped("Choose a question to see its details.", Styles.MUTED));
    }

    void showQuestion(QuestionEntry entry) {
        Question q = entry.question();
        Label bank = wrapped(entry.bank().title(), "preview-bank");
        Label prompt = wrapped(q.prompt(), "preview-prompt");
        prompt.setId("preview-prompt");
        FlowPane chips = new FlowPane(8, 6);
        chips.getChildren().add(chip(Feather.CLOCK, "Target " + Formats.clock(Duration.ofSeconds(q.targetSeconds()))));
        q.kindIfKnown().ifPresent(k -> chips.getChildren().add(kindChip(k)));
        chips.getChildren().add(chip(Feather.USER, levelText(q)));
        for (String tag : q.tags()) {
            chips.getChildren().add(chip(Feather.TAG, tag));
        }
        getChildren().setAll(bank, prompt, chips);

        getChildren().add(heading("Dimensions"));
        int max = q.dimensions().values().stream().mapToInt(Integer::intValue).max().orElse(1);
        for (Map.Entry<Dimension, Integer> e : q.dimensions().entrySet()) {
            getChildren().add(weightRow(e.getKey(), "weight " + e.getValue(), e.getValue() / (double) max));
        }
        if (!q.assesses().isEmpty()) {
            getChildren().add(heading("What this tests"));
            Label assesses = wrapped(q.assesses(), "preview-text");
            assesses.setId("preview-assesses");
            getChildren().add(assesses);
        }
        numbered("Outline of a strong answer", q.outline());
        expectations(q);
        section("Follow-ups", q.followUps(), Feather.CORNER_DOWN_RIGHT, "follow");
        section("Signals of a strong answer", q.signals(), Feather.CHECK_CIRCLE, "signal");
        section("Red flags", q.redFlags(), Feather.ALERT_OCTAGON, "red-flag");
    }

    /** "Any level" when the bank names none: the question then suits every level. */
    static String levelText(Question q) {
        return q.levelIfKnown().map(QuestionLevel::displayName).orElse("Any level");
    }

    private static Label kindChip(QuestionKind kind) {
        Label l = chip(kind == QuestionKind.STORY ? Feather.BOOK_OPEN : Feather.HELP_CIRCLE,
                kind == QuestionKind.STORY ? "Real story" : "Scenario");
        l.setId("preview-kind");
        return l;
    }

    /** The outline is a sequence, so its steps are numbered rather than bulleted. */
    private void numbered(String title, List<String> steps) {
        if (steps.isEmpty()) {
            return;
        }
        getChildren().add(heading(title));
        VBox list = new VBox(4);
        list.setId("preview-outline");
        for (int i = 0; i < steps.size(); i++) {
            Label number = new Label((i + 1) + ".");
            number.getStyleClass().add("cell-meta");
            number.setMinWidth(Region.USE_PREF_SIZE);
            Label text = wrapped(steps.get(i), "preview-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(8, number, text);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().addAll("preview-item", "outline-step");
            list.getChildren().add(row);
        }
        getChildren().add(list);
    }

    private void expectations(Question q) {
        if (q.expectations().isEmpty()) {
            return;
        }
        getChildren().add(heading("A good answer by level"));
        for (Map.Entry<QuestionLevel, String> e : q.expectations().entrySet()) {
            Label level = new Label(e.getKey().displayName());
            level.getStyleClass().add("preview-expectation-level");
            level.setMinWidth(Region.USE_PREF_SIZE);
            Label text = wrapped(e.getValue(), "preview-text");
            VBox entry = new VBox(2, level, text);
            entry.getStyleClass().addAll("preview-item", "expectation");
            getChildren().add(entry);
        }
    }

    private void section(String title, List<String> items, Ikon icon, String kind) {
        if (items.isEmpty()) {
            return;
        }
        getChildren().add(heading(title));
        for (String item : items) {
            FontIcon glyph = new FontIcon(icon);
            Label text = wrapped(item, "preview-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(10, glyph, text);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().addAll("preview-item", kind);
            getChildren().add(row);
        }
    }

    private static Node weightRow(Dimension d, String amount, double fraction) {
        HBox name = DimensionLegend.entry(d);
        name.setMinWidth(110);
        name.setPrefWidth(160);
        Region bar = new Region();
        bar.getStyleClass().addAll("dimension-weight-bar", DimensionCoverage.styleClass(d));
        StackPane track = new StackPane(bar);
        track.setAlignment(Pos.CENTER_LEFT);
        track.getStyleClass().add("coverage-bar");
        track.setMinWidth(30);
        track.setMaxHeight(6);
        bar.maxWidthProperty().bind(track.widthProperty().multiply(Math.max(0.04, fraction)));
        bar.prefWidthProperty().bind(bar.maxWidthProperty());
        HBox.setHgrow(track, Priority.ALWAYS);
        Label value = new Label(amount);
        value.getStyleClass().add("cell-meta");
        value.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(12, name, track, value);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label heading(String text) {
        Label l = new Label(text.toUpperCase());
        l.getStyleClass().add("preview-heading");
        return l;
    }

    private static Label chip(Ikon icon, String text) {
        Label l = new Label(text, new FontIcon(icon));
        l.getStyleClass().add("chip");
        return l;
    }

    /** Bank authors may write in Hebrew or Arabic: every wrapped text here breaks such lines itself. */
    private static Label wrapped(String text, String style) {
        Label l = new PromptLabel(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        l.getStyleClass().add(style);
        return l;
    }
}
