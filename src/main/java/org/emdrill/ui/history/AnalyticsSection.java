package org.emdrill.ui.history;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.emdrill.domain.StarElement;
import org.emdrill.insights.StarSplit;
import org.emdrill.ui.common.Styles;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The typed-answer analytics in the detail: length against the words that fill the target time, fillers, "I"
 * against "we", STAR coverage and the estimated split. Worded as hints: the numbers are estimates.
 */
final class AnalyticsSection {

    private AnalyticsSection() {
    }

    static Node of(AnswerInsight insight) {
        GridPane metrics = new GridPane();
        metrics.setHgap(12);
        metrics.setVgap(12);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        metrics.getColumnConstraints().addAll(half, half);
        metrics.add(lengthTile(insight), 0, 0);
        metrics.add(fillerTile(insight), 1, 0);
        metrics.add(pronounTile(insight), 0, 1);
        metrics.add(coverageTile(insight), 1, 1);

        Label note = new Label("Estimated from the text — hints to look at, not grades.");
        note.getStyleClass().addAll(Styles.MUTED, "analytics-note");
        note.setWrapText(true);

        VBox box = new VBox(12, metrics, splitBlock(insight), note);
        box.setId("detail-analytics");
        return box;
    }

    private static Node lengthTile(AnswerInsight insight) {
        double guideMax = insight.guide().max() * 1.4;
        ShareBar bar = new ShareBar(insight.words() / guideMax, insight.guide().min() / guideMax)
                .addFillClass(insight.length() == AnswerInsight.Length.WITHIN ? "good" : "off");
        return tile("Length", insight.wordsText(), "analytics-words", insight.lengthText(), bar);
    }

    private static Node fillerTile(AnswerInsight insight) {
        return tile("Fillers", insight.fillerRateText(), "analytics-fillers",
                "Most used: " + insight.topFillersText(), null);
    }

    private static Node pronounTile(AnswerInsight insight) {
        Node bar = insight.shareOfI().isPresent()
                ? new ShareBar(insight.shareOfI().getAsDouble(), -1).addFillClass("pronoun")
                : null;
        return tile("I vs we", insight.pronounText(), "analytics-pronouns",
                insight.shareOfI().isPresent() ? insight.pronounCounts() : "Say what you did, and credit the team.",
                bar);
    }

    private static Node coverageTile(AnswerInsight insight) {
        FlowPane marks = new FlowPane(4, 4);
        for (StarElement e : StarElement.values()) {
            boolean covered = insight.starCovered().contains(e);
            Label l = new Label(e.displayName().substring(0, 1));
            l.setId("analytics-star-" + e.id());
            l.getStyleClass().addAll("star-letter", covered ? "covered" : "missing");
            l.setAccessibleText(e.displayName() + (covered ? ", found" : ", not found"));
            javafx.scene.control.Tooltip.install(l, new javafx.scene.control.Tooltip(
                    e.displayName() + (covered ? ": words that usually mark it were found" : ": no words that usually mark it")));
            marks.getChildren().add(l);
        }
        int covered = insight.starCovered().size();
        return tile("Story parts (STAR)", covered + " of 5 parts", "analytics-star", "A guess from the words you used", marks);
    }

    private static Node tile(String caption, String value, String id, String sub, Node extra) {
        Label captionLabel = new Label(caption.toUpperCase(Locale.ROOT));
        captionLabel.getStyleClass().add("stat-caption");
        Label valueLabel = new Label(value);
        valueLabel.setId(id);
        valueLabel.getStyleClass().add("metric-value");
        valueLabel.setWrapText(true); // "Neither “I” nor “we”" whole in a half-width column
        valueLabel.setMinHeight(Region.USE_PREF_SIZE);
        Label subLabel = new Label(sub);
        subLabel.setId(id + "-sub");
        subLabel.getStyleClass().add("stat-sub");
        subLabel.setWrapText(true);
        subLabel.setMinHeight(Region.USE_PREF_SIZE);
        VBox tile = new VBox(4, captionLabel, valueLabel);
        if (extra != null) {
            tile.getChildren().add(extra);
        }
        tile.getChildren().add(subLabel);
        tile.getStyleClass().add("stat-tile");
        tile.setMaxWidth(Double.MAX_VALUE);
        tile.setMaxHeight(Double.MAX_VALUE);
        return tile;
    }

    private static Node splitBlock(AnswerInsight insight) {
        Label caption = new Label("ESTIMATED TIME SPLIT");
        caption.getStyleClass().add("stat-caption");
        VBox rows = new VBox(8, caption);
        for (AnswerInsight.SplitPart part : insight.split()) {
            Label name = new Label(part.label());
            name.getStyleClass().add("split-name");
            name.setMinWidth(140);
            name.setPrefWidth(140);
            ShareBar bar = new ShareBar(part.share(), part.aim())
                    .addFillClass(part.balance() == StarSplit.Balance.ABOUT_RIGHT ? "good" : "off");
            HBox.setHgrow(bar, Priority.ALWAYS);
            bar.setMaxWidth(Double.MAX_VALUE);
            Label numbers = new Label(part.shareText() + " · " + part.aimText());
            numbers.getStyleClass().add("split-numbers");
            numbers.setMinWidth(Region.USE_PREF_SIZE);
            Label verdict = new Label(part.balanceText(), new FontIcon(
                    part.balance() == StarSplit.Balance.ABOUT_RIGHT ? Feather.CHECK : Feather.ALERT_CIRCLE));
            verdict.getStyleClass().addAll("split-verdict",
                    part.balance() == StarSplit.Balance.ABOUT_RIGHT ? "good" : "off");
            verdict.setMinWidth(Region.USE_PREF_SIZE);
            // The figures over the verdict: side by side they made the half-width column wider than the
            // detail pane at 1024 wide, and the pane's right edge went under its scroll bar.
            VBox figures = new VBox(1, numbers, verdict);
            figures.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(10, name, bar, figures);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setId("analytics-split-" + part.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
            rows.getChildren().add(row);
        }
        rows.getStyleClass().add("stat-tile");
        return rows;
    }
}
