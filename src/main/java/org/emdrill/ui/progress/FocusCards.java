package org.emdrill.ui.progress;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.emdrill.insights.DimensionAverage;
import org.emdrill.practice.schedule.DimensionAverages;
import org.emdrill.insights.FocusAreas;
import org.emdrill.insights.LowScore;
import org.emdrill.insights.ProgressReport;
import org.emdrill.ui.common.Styles;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The "What to work on" cards: the weakest dimension, questions whose last score was low, and banks
 * never practised, each with a button that starts a practice on the spot.
 */
final class FocusCards extends ResponsiveColumns {

    /** Each list card shows at most this many entries, so the three cards stay about as tall. */
    static final int MAX_ENTRIES = 3;

    private final ProgressViewModel model;
    private final VBox weakest = card("focus-weakest");
    private final VBox lowScores = card("focus-low-scores");
    private final VBox newBanks = card("focus-new-banks");
    private DimensionAverages snapshotAverages = DimensionAverages.none();

    FocusCards(ProgressViewModel model) {
        super(250, 3, 16);
        this.model = model;
        getChildren().addAll(weakest, lowScores, newBanks);
    }

    void show(ProgressSnapshot snapshot) {
        ProgressReport report = snapshot.report();
        snapshotAverages = snapshot.averages();
        showWeakest(report);
        showLowScores(report.lowScoringQuestions());
        showNewBanks(report.banksNeverPractised());
    }

    private void showWeakest(ProgressReport report) {
        weakest.getChildren().setAll(heading(Feather.TARGET, "Weakest dimension"));
        if (report.weakestDimension().isEmpty()) {
            weakest.getChildren().add(muted("Score at least " + org.emdrill.insights.WeakestDimension.MIN_SCORES
                    + " answers on a dimension and the weakest one shows up here."));
            return;
        }
        DimensionAverage d = report.weakestDimension().get();
        Label name = new Label(d.dimension().displayName());
        name.setId("weakest-name");
        name.getStyleClass().add("focus-big");
        Label numbers = muted(String.format(Locale.ROOT, "%.1f average over %d score%s", d.average(), d.count(),
                d.count() == 1 ? "" : "s"));
        numbers.setId("weakest-average");
        DimensionBars bars = new DimensionBars(snapshotAverages, d.dimension());
        Button practise = new Button("Practise " + d.dimension().displayName(), new FontIcon(Feather.PLAY));
        practise.setId("practise-weakest");
        practise.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        practise.setMaxWidth(Double.MAX_VALUE);
        practise.setOnAction(e -> model.practiseWeakest());
        int available = model.weakestDimensionQuestions().size();
        practise.setDisable(available == 0);
        practise.setTooltip(new Tooltip(available == 0 ? "None of your loaded questions asks about it."
                : available + " questions that weigh " + d.dimension().displayName() + " most, least practised first"));
        weakest.getChildren().addAll(name, numbers, bars, grow(), practise);
        name.setTooltip(new Tooltip(d.dimension().displayName() + ": " + d.dimension().assesses()));
    }

    private void showLowScores(List<LowScore> low) {
        lowScores.getChildren().setAll(heading(Feather.ROTATE_CCW, "Worth another go"));
        if (low.isEmpty()) {
            lowScores.getChildren().add(muted(String.format(Locale.ROOT,
                    "No question's last score was below %.1f. Nice work.", FocusAreas.LOW_SCORE)));
            return;
        }
        String below = String.format(Locale.ROOT, "%.1f", FocusAreas.LOW_SCORE);
        lowScores.getChildren().add(muted(low.size() == 1 ? "1 question scored below " + below + " last time."
                : low.size() + " questions scored below " + below + " last time"
                        + (low.size() > MAX_ENTRIES ? ". The lowest:" : ".")));
        for (int i = 0; i < Math.min(MAX_ENTRIES, low.size()); i++) {
            LowScore l = low.get(i);
            Label prompt = new Label(l.prompt());
            prompt.getStyleClass().add("focus-prompt");
            prompt.setWrapText(true);
            prompt.setMinHeight(Region.USE_PREF_SIZE); // the whole prompt, on as many lines as it needs
            prompt.setTooltip(new Tooltip(l.prompt()));
            Label score = new Label(String.format(Locale.ROOT, "%.1f", l.lastOverall()));
            score.getStyleClass().addAll("score-badge", ChartData.heatClass(l.lastOverall()));
            score.setMinWidth(Region.USE_PREF_SIZE);
            Button again = new Button("Practise again");
            again.setId("practise-again-" + i);
            again.getStyleClass().addAll(atlantafx.base.theme.Styles.BUTTON_OUTLINED, atlantafx.base.theme.Styles.SMALL);
            again.setMinWidth(Region.USE_PREF_SIZE);
            boolean available = model.questionFor(l).isPresent();
            again.setDisable(!available);
            if (!available) {
                again.setTooltip(new Tooltip("This question is no longer in your loaded banks."));
            }
            again.setOnAction(e -> model.practiseAgain(l));
            lowScores.getChildren().add(entry(new HBox(8, score, prompt), again));
        }
    }

    private void showNewBanks(List<String> banks) {
        newBanks.getChildren().setAll(heading(Feather.COMPASS, "Not tried yet"));
        if (banks.isEmpty()) {
            newBanks.getChildren().add(muted("You have practised every loaded bank."));
            return;
        }
        newBanks.getChildren().add(muted(banks.size() == 1 ? "1 bank you have never practised."
                : banks.size() + " banks you have never practised."));
        for (int i = 0; i < Math.min(MAX_ENTRIES, banks.size()); i++) {
            String id = banks.get(i);
            Label title = new Label(model.bankTitle(id));
            title.getStyleClass().add("focus-prompt");
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            int n = model.bankQuestionCount(id);
            Label count = muted(n + (n == 1 ? " question" : " questions"));
            Button start = new Button("Start this bank");
            start.setId("start-bank-" + i);
            start.getStyleClass().addAll(atlantafx.base.theme.Styles.BUTTON_OUTLINED, atlantafx.base.theme.Styles.SMALL);
            start.setMinWidth(Region.USE_PREF_SIZE);
            start.setDisable(n == 0);
            start.setOnAction(e -> model.startBank(id));
            newBanks.getChildren().add(entry(new VBox(0, title, count), start));
        }
    }

    /** One line of a list card: the text takes the room, the button stays whole on the right. */
    private static Node entry(Node text, Button button) {
        HBox.setHgrow(text, Priority.ALWAYS);
        if (text instanceof Region r) {
            r.setMinWidth(0);
            r.setMaxWidth(Double.MAX_VALUE);
        }
        HBox row = new HBox(10, text, button);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("focus-entry");
        return row;
    }

    private static VBox card(String id) {
        VBox card = new VBox(8);
        card.setId(id);
        card.getStyleClass().addAll(Styles.CARD, "focus-card");
        return card;
    }

    private static Node heading(Ikon icon, String text) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("focus-icon");
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        HBox box = new HBox(8, glyph, label);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Region grow() {
        Region r = new Region();
        javafx.scene.layout.VBox.setVgrow(r, Priority.ALWAYS);
        return r;
    }
}
