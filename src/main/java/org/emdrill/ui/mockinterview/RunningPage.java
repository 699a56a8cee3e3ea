package org.emdrill.ui.mockinterview;

import org.emdrill.ui.common.LayoutFence;
import org.emdrill.ui.common.Layouts;
import org.emdrill.ui.common.PromptLabel;
import org.emdrill.ui.common.StoryPickerPane;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
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

    RunningPage(MockInterviewViewModel vm, Runnable confirmAbandon, Runnable confirmSkip) {
        getStyleClass().add("interview-running");
        RunningReadout r = vm.readout();

        Label progress = Layouts.label("", "interview-progress");
        progress.setId("interview-progress");
        progress.textProperty().bind(r.progressTextProperty());
        Label bank = Layouts.label("", "muted");
        bank.textProperty().bind(r.bankTitleProperty());
        Label total = Layouts.label("", "interview-total");
        total.setId("interview-total");
        total.textProperty().bind(r.totalTextProperty());
        HBox top = new HBox(14, progress, bank, Layouts.hSpacer(), new LayoutFence(total));
        top.setAlignment(Pos.BASELINE_LEFT);

        Label prompt = PromptLabel.wrapping("", "interview-prompt");
        prompt.setId("interview-prompt");
        prompt.textProperty().bind(r.promptProperty());

        Label followUpTitle = Layouts.label("The interviewer follows up", "follow-up-caption");
        Label followUp = PromptLabel.wrapping("", "interview-follow-up");
        followUp.setId("interview-follow-up");
        followUp.textProperty().bind(r.followUpPromptProperty());
        VBox followUpBox = new VBox(6, followUpTitle, followUp);
        followUpBox.getStyleClass().add("follow-up-box");
        followUpBox.visibleProperty().bind(r.followUpPromptProperty().isNotEmpty());
        followUpBox.managedProperty().bind(followUpBox.visibleProperty());

        Label step = Layouts.label("", "interview-step");
        step.setId("interview-step");
        step.textProperty().bind(r.stepTitleProperty());
        Label timer = Layouts.label("0:00", "interview-timer");
        timer.setId("interview-timer");
        timer.textProperty().bind(r.clock().timerTextProperty());
        r.clock().overTargetProperty().addListener((obs, was, is) -> Layouts.toggleClass(timer, "over-target", is));
        r.clock().inPrepProperty().addListener((obs, was, is) -> Layouts.toggleClass(timer, "prep", is));
        r.clock().pausedProperty().addListener((obs, was, is) -> Layouts.toggleClass(timer, "paused", is));
        Label caption = Layouts.wrapping("", "interview-caption");
        caption.setId("interview-caption");
        caption.textProperty().bind(r.clock().timerCaptionProperty());
        ProgressBar bar = new ProgressBar();
        bar.getStyleClass().add("interview-bar");
        bar.progressProperty().bind(r.clock().targetProgressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        r.clock().overTargetProperty().addListener((obs, was, is) -> Layouts.toggleClass(bar, "over-target", is));
        // The clocks and the bar change every second; fenced, they do not lay out the whole window each time.
        HBox clockLine = new HBox(18, new LayoutFence(timer), caption);
        clockLine.setAlignment(Pos.CENTER_LEFT);
        VBox clock = new VBox(6, step, clockLine, new LayoutFence(bar),
                new org.emdrill.ui.common.RecordingIndicator(r.recording(), "interview-"));

        answer.setId("interview-answer");
        answer.setWrapText(true);
        answer.textProperty().bindBidirectional(vm.answerTextProperty());
        answer.promptTextProperty().bind(Bindings.when(vm.modeProperty().isEqualTo(AnswerMode.TYPED))
                .then("Type your answer. Situation, task, action, result, and what you learned.")
                .otherwise("Answer aloud. Jot a word or two here if it helps (optional)."));
        answer.prefRowCountProperty().bind(Bindings.when(vm.modeProperty().isEqualTo(AnswerMode.TYPED))
                .then(8).otherwise(2));
        answer.getStyleClass().add("interview-answer");
        Layouts.toggleClass(answer, "spoken", vm.modeProperty().get() == AnswerMode.SPOKEN);
        vm.modeProperty().addListener((obs, was, is) -> Layouts.toggleClass(answer, "spoken", is == AnswerMode.SPOKEN));

        Button next = new Button();
        next.setId("interview-next");
        next.setTooltip(new javafx.scene.control.Tooltip("Shortcut: " + MockInterviewView.NEXT.getDisplayText().replace("\u21b5", "Enter")));
        next.textProperty().bind(vm.nextLabelProperty());
        next.setGraphic(new FontIcon(Feather.CHEVRONS_RIGHT));
        next.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        next.setOnAction(e -> {
            vm.next();
            javafx.application.Platform.runLater(this::focusAnswer);
        });
        Button pause = new Button();
        pause.setId("interview-pause");
        pause.setTooltip(new javafx.scene.control.Tooltip("Shortcut: " + MockInterviewView.PAUSE.getDisplayText()));
        pause.textProperty().bind(Bindings.when(r.clock().pausedProperty()).then("Resume").otherwise("Pause"));
        pause.graphicProperty().bind(Bindings.createObjectBinding(
                () -> new FontIcon(r.clock().pausedProperty().get() ? Feather.PLAY : Feather.PAUSE), r.clock().pausedProperty()));
        pause.setOnAction(e -> vm.togglePause());
        Button skipPrep = new Button("Skip prep", new FontIcon(Feather.FAST_FORWARD));
        skipPrep.setId("interview-skip-prep");
        skipPrep.setTooltip(new javafx.scene.control.Tooltip("Shortcut: " + MockInterviewView.SKIP_PREP.getDisplayText()));
        skipPrep.visibleProperty().bind(r.clock().inPrepProperty());
        skipPrep.managedProperty().bind(skipPrep.visibleProperty());
        skipPrep.setOnAction(e -> vm.skipPrep());
        Button skipQuestion = new Button("Skip question");
        skipQuestion.setId("interview-skip-question");
        skipQuestion.getStyleClass().add(Styles.FLAT);
        skipQuestion.setOnAction(e -> {
            confirmSkip.run();
            // After the question asked to be sure, focus would go back to this button: the next answer wants it.
            javafx.application.Platform.runLater(this::focusAnswer);
        });
        Button abandon = new Button("Abandon");
        abandon.setId("interview-abandon");
        abandon.getStyleClass().addAll(Styles.FLAT, Styles.DANGER);
        abandon.setOnAction(e -> confirmAbandon.run());
        HBox buttons = new HBox(10, next, pause, skipPrep, Layouts.hSpacer(), skipQuestion, abandon);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label keys = Layouts.wrapping("Ctrl+Enter next \u00b7 Ctrl+P pause \u00b7 Ctrl+K skip prep", "kbd-hint");

        // "Story you will tell", as in Practice; with no stories written yet it takes no room from the clock.
        StoryPickerPane story = new StoryPickerPane(vm.story().choice(), new SimpleBooleanProperty());
        story.visibleProperty().bind(Bindings.size(vm.story().choice().options()).greaterThan(1)
                .or(vm.story().choice().noteProperty().isNotEmpty()));
        story.managedProperty().bind(story.visibleProperty());
        VBox content = new VBox(22, top, prompt, story, followUpBox, clock, answer);
        content.getStyleClass().add("interview-running-content");
        setCenter(Layouts.scroller(content, 920));
        // The buttons stay in view below the page: a long prompt with its follow-up pushed "Next" off the
        // bottom of a 700-pixel window.
        VBox actions = new VBox(8, buttons, keys);
        actions.setMaxWidth(920 + 2 * 28);
        actions.setPadding(new javafx.geometry.Insets(12, 28, 12, 28)); // the page's own side margins
        VBox footer = new VBox(actions, MockInterviewView.statusBar(vm));
        footer.setAlignment(Pos.TOP_CENTER);
        footer.getStyleClass().add("interview-actions");
        setBottom(footer);
    }

    void focusAnswer() {
        if (!isVisible()) {
            return;
        }
        answer.requestFocus();
        answer.positionCaret(answer.getLength());
    }
}
