package org.emdrill.ui.practice;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.emdrill.ui.common.Layouts;
import org.emdrill.ui.common.ScoreCard;
import org.emdrill.ui.common.ScoreCardPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Scoring one answer: the shared scoring card (each dimension's level with the rubric's words, STAR
 * marks, notes, the weighted overall) with Save and Discard under it.
 */
final class PracticeScoringCard extends VBox {

    PracticeScoringCard(PracticeViewModel vm) {
        super(12);
        setId("scoring");
        getStyleClass().add("card");
        Label title = Layouts.label("Score your answer", "section-title");
        // Stopping scrolls the clock off the top (the follow-ups come first): say here how long it took.
        Label took = Layouts.label("", "muted");
        took.setId("scoring-answer-time");
        took.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Empty while the answer runs: the card is hidden then, and a text changing every second would lay
        // out the whole page around it every second.
        took.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            PracticeStage stage = vm.stageProperty().get();
            String caption = vm.readout().timerCaptionProperty().get();
            int rest = caption == null ? -1 : caption.indexOf(" \u00b7 ");
            return rest < 0 || (stage != PracticeStage.SCORING && stage != PracticeStage.SAVED) ? ""
                    : "Your answer took " + vm.readout().timerTextProperty().get() + caption.substring(rest);
        }, vm.stageProperty(), vm.readout().timerTextProperty(), vm.readout().timerCaptionProperty()));
        vm.readout().overTargetProperty().addListener((obs, was, is) -> Layouts.toggleClass(took, "over-target", is));
        HBox heading = new HBox(12, title, Layouts.hSpacer(), took);
        heading.setAlignment(Pos.BASELINE_LEFT);
        Label help = Layouts.wrapping("Highlighted dimensions are what this question tests; score them all. "
                + "Others are optional: leave them as \u201cnot shown\u201d.", "muted");

        VBox cardHolder = new VBox();
        // Built only while shown: hidden while the answer runs, its hundreds of nodes would still be walked
        // at every pulse of the window.
        Runnable render = () -> {
            ScoreCard card = vm.answer().scoreCardProperty().get();
            cardHolder.getChildren().clear();
            if (card != null && isVisible()) {
                ScoreCardPane pane = new ScoreCardPane(card, "", false);
                pane.getStyleClass().remove("card"); // already inside this card
                cardHolder.getChildren().add(pane);
            }
        };
        vm.answer().scoreCardProperty().addListener((obs, was, is) -> render.run());
        render.run();

        Button save = new Button("Save attempt", new FontIcon(Feather.CHECK));
        save.setId("save");
        save.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        save.disableProperty().bind(vm.answer().canSaveProperty().not());
        save.setOnAction(e -> vm.save());
        Button discard = new Button("Discard and next");
        discard.setId("discard");
        discard.getStyleClass().add(Styles.FLAT);
        discard.setOnAction(e -> vm.discardAndNext());
        discard.visibleProperty().bind(vm.stageProperty().isEqualTo(PracticeStage.SCORING));
        discard.managedProperty().bind(discard.visibleProperty());
        HBox footer = new HBox(16, Layouts.hSpacer(), discard, save);
        footer.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(heading, help, cardHolder, footer);
        // Shown once the answer is over, as follow-ups are; frozen once saved.
        visibleProperty().bind(PracticeStage.answerOver(vm.stageProperty()));
        managedProperty().bind(visibleProperty());
        visibleProperty().addListener((obs, was, is) -> render.run());
        cardHolder.disableProperty().bind(vm.stageProperty().isEqualTo(PracticeStage.SAVED));
    }
}
