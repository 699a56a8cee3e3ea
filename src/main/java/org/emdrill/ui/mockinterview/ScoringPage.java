package org.emdrill.ui.mockinterview;

import org.emdrill.ui.common.ScoreCard;
import org.emdrill.ui.common.ScoreCardPane;
import org.emdrill.ui.common.Layouts;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Scoring the answer just given, when the interview scores after each question. */
final class ScoringPage extends BorderPane {

    private final VBox cardHolder = new VBox(14);
    private final ScrollPane scroll;

    ScoringPage(MockInterviewViewModel vm) {
        getStyleClass().add("interview-scoring");
        Label progress = Layouts.label("", "interview-progress");
        progress.textProperty().bind(vm.readout().progressTextProperty());
        Label title = Layouts.label("Score this answer", "screen-title");
        Label prompt = Layouts.wrapping("", "score-card-prompt");
        prompt.setId("scoring-prompt");
        prompt.textProperty().bind(vm.readout().promptProperty());
        Label help = Layouts.wrapping("Highlighted dimensions are what this question tests; score them all. "
                + "Others are optional: leave them as \u201cnot shown\u201d.", "muted");

        Button save = new Button("Save score and continue", new FontIcon(Feather.CHECK));
        save.setId("score-continue");
        save.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        save.setOnAction(e -> vm.submitScore());
        Button skip = new Button("Continue without scoring");
        skip.setId("score-skip");
        skip.getStyleClass().add(Styles.FLAT);
        skip.setOnAction(e -> vm.continueWithoutScore());
        Label keys = Layouts.label("Ctrl+Enter saves the score", "kbd-hint");
        // Words kept whole: with larger text or a narrow window the hint and then Skip go to the next line.
        for (javafx.scene.control.Labeled l : java.util.List.of(save, skip, keys)) {
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(12, 8, save, skip, keys);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(14, progress, title, prompt, help, cardHolder, buttons);
        scroll = Layouts.scroller(content, 1000);
        vm.currentCardProperty().addListener((obs, was, card) -> {
            cardHolder.getChildren().clear();
            save.disableProperty().unbind();
            if (card != null) {
                // What was just said, read-only above the score rows, as the end scoring shows it beside them.
                vm.givenAnswer(card.position()).ifPresent(q -> cardHolder.getChildren().add(
                        new GivenAnswerPane(q, "scoring-", vm.modeProperty().get())));
                org.emdrill.ui.common.AnswerGuide.card(card.question()).ifPresent(cardHolder.getChildren()::add);
                cardHolder.getChildren().add(new ScoreCardPane(card, "", false));
                save.disableProperty().bind(card.completeProperty().not());
                scroll.setVvalue(0);
            }
        });
        setCenter(scroll);
        setBottom(MockInterviewView.statusBar(vm));
    }
}
