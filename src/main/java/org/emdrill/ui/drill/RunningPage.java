package org.emdrill.ui.drill;

import org.emdrill.ui.common.Layouts;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.emdrill.domain.AnswerMode;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The running interview: only what the candidate needs, large and calm. Where they are, the question,
 * the follow-up being asked, one clock, the answer box and the buttons.
 */
final class RunningPage extends BorderPane {

    private final TextArea answer = new TextArea();

    RunningPage(DrillViewModel vm, Runnable confirmAbandon) {
        getStyleClass().add("drill-running");
        RunningReadout r = vm.readout();

        Label progress = Layouts.label("", "drill-progress");
        progress.setId("drill-progress");
        progress.textProperty().bind(r.progressTextProperty());
        Label bank = Layouts.label("", "muted");
        bank.textProperty().bind(r.bankTitleProperty());
        Label total = Layouts.label("", "drill-total");
        total.setId("drill-total");
        total.textProperty().bind(r.totalTextProperty());
        HBox top = new HBox(14, progress, bank, Layouts.hSpacer(), total);
        top.setAlignment(Pos.BASELINE_LEFT);

        Label prompt = Layouts.wrapping("", "drill-prompt");
        prompt.setId("drill-prompt");
        prompt.textProperty().bind(r.promptProperty());

        Label followUpTitle = Layouts.label("The interviewer follows up", "follow-up-caption");
        Label followUp = Layouts.wrapping("", "drill-follow-up");
        followUp.setId("drill-follow-up");
        followUp.textProperty().bind(r.followUpPromptProperty());
        VBox followUpBox = new VBox(6, followUpTitle, followUp);
        followUpBox.getStyleClass().add("follow-up-box");
        followUpBox.visibleProperty().bind(r.followUpPromptProperty().isNotEmpty());
        followUpBox.managedProperty().bind(followUpBox.visibleProperty());

        Label step = Layouts.label("", "drill-step");
        step.setId("drill-step");
        step.textProperty().bind(r.stepTitleProperty());
        Label timer = Layouts.label("0:00", "drill-timer");
        timer.setId("drill-timer");
        timer.textProperty().bind(r.timerTextProperty());
        r.overTargetProperty().addListener((obs, was, is) -> Layouts.toggleClass(timer, "over-target", is));
        r.inPrepProperty().addListener((obs, was, is) -> Layouts.toggleClass(timer, "prep", is));
        r.pausedProperty().addListener((obs, was, is) -> Layouts.toggleClass(timer, "paused", is));
        Label caption = Layouts.wrapping("", "drill-caption");
        caption.setId("drill-caption");
        caption.textProperty().bind(r.timerCaptionProperty());
        ProgressBar bar = new ProgressBar();
        bar.getStyleClass().add("drill-bar");
        bar.progressProperty().bind(r.targetProgressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        r.overTargetProperty().addListener((obs, was, is) -> Layouts.toggleClass(bar, "over-target", is));
        HBox clockLine = new HBox(18, timer, caption);
        clockLine.setAlignment(Pos.CENTER_LEFT);
        VBox clock = new VBox(6, step, clockLine, bar);

        answer.setId("drill-answer");
        answer.setWrapText(true);
        answer.textProperty().bindBidirectional(vm.answerTextProperty());
        answer.promptTextProperty().bind(Bindings.when(vm.modeProperty().isEqualTo(AnswerMode.TYPED))
                .then("Type your answer. Situation, task, action, result, and what you learned.")
                .otherwise("Answer aloud. Jot a word or two here if it helps (optional)."));
        answer.prefRowCountProperty().bind(Bindings.when(vm.modeProperty().isEqualTo(AnswerMode.TYPED))
                .then(8).otherwise(2));
        answer.getStyleClass().add("drill-answer");
        Layouts.toggleClass(answer, "spoken", vm.modeProperty().get() == AnswerMode.SPOKEN);
        vm.modeProperty().addListener((obs, was, is) -> Layouts.toggleClass(answer, "spoken", is == AnswerMode.SPOKEN));

        Button next = new Button();
        next.setId("drill-next");
        next.textProperty().bind(vm.nextLabelProperty());
        next.setGraphic(new FontIcon(Feather.CHEVRONS_RIGHT));
        next.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        next.setOnAction(e -> vm.next());
        Button pause = new Button();
        pause.setId("drill-pause");
        pause.textProperty().bind(Bindings.when(r.pausedProperty()).then("Resume").otherwise("Pause"));
        pause.graphicProperty().bind(Bindings.createObjectBinding(
                () -> new FontIcon(r.pausedProperty().get() ? Feather.PLAY : Feather.PAUSE), r.pausedProperty()));
        pause.setOnAction(e -> vm.togglePause());
        Button skipPrep = new Button("Skip prep", new FontIcon(Feather.FAST_FORWARD));
        skipPrep.setId("drill-skip-prep");
        skipPrep.visibleProperty().bind(r.inPrepProperty());
        skipPrep.managedProperty().bind(skipPrep.visibleProperty());
        skipPrep.setOnAction(e -> vm.skipPrep());
        Button skipQuestion = new Button("Skip question");
        skipQuestion.setId("drill-skip-question");
        skipQuestion.getStyleClass().add(Styles.FLAT);
        skipQuestion.setOnAction(e -> vm.skipQuestion());
        Button abandon = new Button("Abandon");
        abandon.setId("drill-abandon");
        abandon.getStyleClass().addAll(Styles.FLAT, Styles.DANGER);
        abandon.setOnAction(e -> confirmAbandon.run());
        HBox buttons = new HBox(10, next, pause, skipPrep, Layouts.hSpacer(), skipQuestion, abandon);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label keys = Layouts.wrapping("Ctrl+Enter next \u00b7 Ctrl+P pause \u00b7 Ctrl+K skip prep", "kbd-hint");

        VBox content = new VBox(22, top, prompt, followUpBox, clock, answer, buttons, keys);
        content.getStyleClass().add("drill-running-content");
        setCenter(Layouts.scroller(content, 920));
        setBottom(DrillView.statusBar(vm));
    }

    void focusAnswer() {
        answer.requestFocus();
        answer.positionCaret(answer.getLength());
    }
}
