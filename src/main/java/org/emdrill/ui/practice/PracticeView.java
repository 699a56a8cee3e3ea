package org.emdrill.ui.practice;

import org.emdrill.ui.common.StoryPickerPane;
import org.emdrill.ui.common.SceneShortcuts;
import org.emdrill.ui.common.LayoutFence;
import org.emdrill.ui.common.Layouts;
import org.emdrill.ui.common.PromptLabel;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.emdrill.domain.AnswerMode;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Practice screen: a set-up card, then one question at a time with its timer, the answer and the
 * scoring card. Only layout and bindings here; every action is a call into the view model.
 */
public final class PracticeView extends StackPane implements org.emdrill.ui.common.AnswerRunning {

    static final KeyCombination PRIMARY = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PAUSE = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SKIP_PREP = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final PracticeViewModel vm;
    private Node followUpsCard;
    private TextArea answerArea;
    private TextArea jotArea;

    public PracticeView(PracticeViewModel vm) {
        this.vm = vm;
        getStyleClass().add("practice-view");
        // Scrolls rather than clips when the window is small; fills the window when it is not.
        ScrollPane setup = new ScrollPane(new PracticeSetupPane(vm));
        setup.setFitToWidth(true);
        setup.setFitToHeight(true);
        setup.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setup.getStyleClass().add("edge-to-edge");
        Node session = sessionPane();
        setup.visibleProperty().bind(vm.stageProperty().isEqualTo(PracticeStage.SETUP));
        session.visibleProperty().bind(setup.visibleProperty().not());
        getChildren().addAll(setup, session);
        // The set-up leaves the scene while questions run. The question page stays in it, hidden, while the
        // set-up shows: its story picker is set up once it is in a scene.
        Layouts.firstChildWhile(this, setup, setup.visibleProperty());
        SceneShortcuts.install(this, this::onKey);
        // Back on this screen mid-answer: typing goes into the answer again, not into the sidebar.
        sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null && vm.stageProperty().get() == PracticeStage.RUNNING) {
                javafx.application.Platform.runLater(this::focusAnswer);
            }
        });
    }

    private void focusAnswer() {
        TextArea box = vm.modeProperty().get() == AnswerMode.TYPED ? answerArea : jotArea;
        box.requestFocus();
        box.positionCaret(box.getLength()); // a resumed answer goes on where it stopped
    }

    private void onKey(KeyEvent e) {
        if (vm.stageProperty().get() == PracticeStage.SETUP) {
            if (PRIMARY.match(e)) {
                vm.startPractice();
                e.consume();
            }
            return;
        }
        if (PRIMARY.match(e)) {
            vm.primaryAction();
        } else if (PAUSE.match(e)) {
            vm.togglePause();
        } else if (NEXT.match(e)) {
            vm.nextQuestion();
        } else if (SKIP_PREP.match(e)) {
            vm.skipPrep();
        } else if (SAVE.match(e)) {
            vm.save();
        } else {
            return;
        }
        e.consume();
    }

    // ---------------------------------------------------------------- set-up

    // ---------------------------------------------------------------- one question

    private Node sessionPane() {
        Label bank = new Label();
        bank.setId("practice-bank");
        bank.getStyleClass().add("section-title");
        bank.textProperty().bind(vm.shown().bankTitleProperty());
        Label progress = new Label();
        progress.setId("practice-progress");
        progress.getStyleClass().add("muted");
        progress.textProperty().bind(vm.shown().progressTextProperty());
        Button end = new Button("End practice", new FontIcon(Feather.X));
        end.setId("end-practice");
        end.getStyleClass().add(Styles.FLAT);
        end.setOnAction(e -> vm.endPractice());
        end.disableProperty().bind(vm.stageProperty().isEqualTo(PracticeStage.RUNNING));
        HBox header = new HBox(12, bank, progress, Layouts.hSpacer(), end);
        header.setAlignment(Pos.CENTER_LEFT);

        Label prompt = new PromptLabel();
        prompt.setId("prompt");
        prompt.getStyleClass().add("prompt");
        prompt.setWrapText(true);
        prompt.textProperty().bind(vm.shown().promptProperty());
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        Label target = new Label();
        target.getStyleClass().add("muted");
        target.textProperty().bind(vm.shown().targetTextProperty());
        VBox promptCard = new VBox(10, prompt, target, new StoryPickerPane(vm.story(), vm.stageProperty().isEqualTo(PracticeStage.SAVED)));
        promptCard.getStyleClass().add("card");

        Node answer = answerCard();
        followUpsCard = followUpsCard();
        VBox content = new VBox(16, header, promptCard, timerCard(), answer, followUpsCard, answerGuideCard(),
                new PracticeScoringCard(vm));
        content.getStyleClass().add("screen");
        content.setFillWidth(true);
        ScrollPane scroll = Layouts.uncached(new ScrollPane(content)); // the clock and the level meter change in it
        scroll.setFitToWidth(true);
        vm.stageProperty().addListener((obs, was, is) -> {
            if (is == PracticeStage.SCORING) {
                // Bring the follow-ups and the scoring card into view once the answer is over.
                javafx.application.Platform.runLater(() -> {
                    scroll.applyCss();
                    scroll.layout();
                    scrollTo(scroll, content, followUpsCard);
                });
            } else if (is == PracticeStage.READY || is == PracticeStage.SAVED) {
                // Saved: "Next question" and the prompt are at the top; bring them back into view.
                scroll.setVvalue(0);
            } else if (is == PracticeStage.RUNNING) {
                focusAnswer();
            }
        });
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        BorderPane pane = new BorderPane(scroll);
        pane.setBottom(statusBar());
        return pane;
    }

    private Node timerCard() {
        Label timer = new Label();
        timer.setId("timer");
        timer.getStyleClass().add("timer");
        timer.textProperty().bind(vm.readout().timerTextProperty());
        vm.readout().overTargetProperty().addListener((obs, was, is) -> Layouts.toggleClass(timer, "over-target", is));
        vm.readout().inPrepProperty().addListener((obs, was, is) -> Layouts.toggleClass(timer, "prep", is));
        Label caption = new Label();
        caption.setId("timer-caption");
        caption.getStyleClass().add("phase-label");
        caption.textProperty().bind(vm.readout().timerCaptionProperty());
        caption.setWrapText(true);
        caption.setAlignment(Pos.TOP_LEFT);
        ProgressBar bar = new ProgressBar();
        bar.getStyleClass().add("target-progress");
        bar.progressProperty().bind(vm.readout().targetProgressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        vm.readout().overTargetProperty().addListener((obs, was, is) -> Layouts.toggleClass(bar, "over-target", is));
        // A spoken answer's recording shows under its clock: the red dot, the time and the level.
        // The clock and its bar change every second; fenced, they do not lay out the whole window each time.
        VBox readout = new VBox(4, new LayoutFence(timer), caption, new LayoutFence(bar),
                new org.emdrill.ui.common.RecordingIndicator(vm.answer().recording(), ""));
        HBox.setHgrow(readout, Priority.ALWAYS);

        Button primary = new Button();
        primary.setId("primary-action");
        primary.setTooltip(new javafx.scene.control.Tooltip("Shortcut: " + PRIMARY.getDisplayText().replace("\u21b5", "Enter")));
        primary.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        primary.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.stageProperty().get()) {
            case RUNNING -> "Stop answer";
            case SCORING -> "Save attempt";
            case SAVED -> "Next question";
            default -> "Start answer";
        }, vm.stageProperty()));
        primary.graphicProperty().bind(Bindings.createObjectBinding(() -> new FontIcon(switch (vm.stageProperty().get()) {
            case RUNNING -> Feather.SQUARE;
            case SCORING -> Feather.CHECK;
            case SAVED -> Feather.SKIP_FORWARD;
            default -> Feather.PLAY;
        }), vm.stageProperty()));
        primary.disableProperty().bind(vm.stageProperty().isEqualTo(PracticeStage.SCORING).and(vm.answer().canSaveProperty().not()));
        primary.setOnAction(e -> vm.primaryAction());

        Button pause = new Button();
        pause.setId("pause");
        pause.setTooltip(new javafx.scene.control.Tooltip("Shortcut: " + PAUSE.getDisplayText()));
        pause.textProperty().bind(Bindings.when(vm.readout().pausedProperty()).then("Resume").otherwise("Pause"));
        pause.graphicProperty().bind(Bindings.createObjectBinding(
                () -> new FontIcon(vm.readout().pausedProperty().get() ? Feather.PLAY : Feather.PAUSE), vm.readout().pausedProperty()));
        pause.disableProperty().bind(vm.stageProperty().isNotEqualTo(PracticeStage.RUNNING));
        pause.setOnAction(e -> vm.togglePause());

        Button skipPrep = new Button("Skip prep", new FontIcon(Feather.FAST_FORWARD));
        skipPrep.setId("skip-prep");
        skipPrep.setTooltip(new javafx.scene.control.Tooltip("Shortcut: " + SKIP_PREP.getDisplayText()));
        skipPrep.disableProperty().bind(vm.readout().inPrepProperty().not());
        skipPrep.setOnAction(e -> vm.skipPrep());

        Button skipQuestion = new Button("Skip question");
        skipQuestion.setId("skip-question");
        skipQuestion.getStyleClass().add(Styles.FLAT);
        skipQuestion.visibleProperty().bind(vm.stageProperty().isEqualTo(PracticeStage.READY));
        skipQuestion.managedProperty().bind(skipQuestion.visibleProperty());
        skipQuestion.setOnAction(e -> vm.nextQuestion());

        // Buttons keep their words whole and wrap under each other in a narrow window.
        for (Button b : java.util.List.of(primary, pause, skipPrep, skipQuestion)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        // "Skip question" shows only before the answer: first, so the others keep their place when it goes.
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(10, 8, skipQuestion, primary, pause,
                skipPrep);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Label keys = new Label("Ctrl+Enter start/stop · Ctrl+P pause · Ctrl+K skip prep · Ctrl+N next");
        keys.getStyleClass().add("kbd-hint");
        keys.setWrapText(true);
        VBox controls = new VBox(8, buttons, keys);
        controls.setAlignment(Pos.TOP_RIGHT);
        HBox.setHgrow(controls, Priority.ALWAYS);
        readout.setMinWidth(240);
        readout.setPrefWidth(300);
        HBox.setHgrow(readout, Priority.NEVER);

        HBox card = new HBox(24, readout, controls);
        // Top: the buttons keep their place when the read-out grows (a wrapped caption, the recording line).
        card.setAlignment(Pos.TOP_LEFT);
        card.getStyleClass().add("card");
        return card;
    }

    private Node answerCard() {
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.when(vm.modeProperty().isEqualTo(AnswerMode.SPOKEN))
                .then("Speak your answer aloud · jot notes here if it helps").otherwise("Your answer"));

        TextArea answer = new TextArea();
        answerArea = answer;
        answer.setId("answer");
        answer.setWrapText(true);
        answer.setPrefRowCount(10);
        answer.setPromptText("Type your answer here. Situation, task, action, result, and what you learned.");
        answer.textProperty().bindBidirectional(vm.answer().answerTextProperty());
        Label words = new Label();
        words.setId("word-count");
        words.getStyleClass().add("muted");
        words.textProperty().bind(Bindings.createStringBinding(
                () -> vm.answer().wordCountProperty().get() == 1 ? "1 word" : vm.answer().wordCountProperty().get() + " words",
                vm.answer().wordCountProperty()));
        VBox typed = new VBox(6, answer, words);

        TextArea jot = new TextArea();
        jotArea = jot;
        jot.setId("spoken-notes");
        jot.setWrapText(true);
        jot.setPrefRowCount(5);
        jot.setPromptText("Notes while you speak (optional)");
        jot.textProperty().bindBidirectional(vm.answer().notesProperty());

        typed.visibleProperty().bind(vm.modeProperty().isEqualTo(AnswerMode.TYPED));
        typed.managedProperty().bind(typed.visibleProperty());
        jot.visibleProperty().bind(typed.visibleProperty().not());
        jot.managedProperty().bind(jot.visibleProperty());
        // Typing is possible once the question is shown; once the answer stops it is what was said.
        answer.editableProperty().bind(vm.stageProperty().isEqualTo(PracticeStage.READY)
                .or(vm.stageProperty().isEqualTo(PracticeStage.RUNNING)));
        // Jotted notes are the scoring card's notes too, so they stay editable until the attempt is saved.
        jot.editableProperty().bind(vm.stageProperty().isNotEqualTo(PracticeStage.SAVED));

        VBox card = new VBox(10, title, typed, jot);
        card.getStyleClass().add("card");
        return card;
    }

    /** What the question tests and the skeleton of a strong answer: shown only once the answer is over. */
    private Node answerGuideCard() {
        VBox holder = new VBox();
        Runnable render = () -> {
            var card = vm.answer().scoreCardProperty().get();
            holder.getChildren().setAll(card == null ? java.util.List.of()
                    : org.emdrill.ui.common.AnswerGuide.card(card.question()).stream().toList());
        };
        vm.answer().scoreCardProperty().addListener((obs, was, is) -> render.run());
        render.run();
        holder.visibleProperty().bind(PracticeStage.answerOver(vm.stageProperty()).and(Bindings.isNotEmpty(holder.getChildren())));
        holder.managedProperty().bind(holder.visibleProperty());
        return holder;
    }

    private Node followUpsCard() {
        Label title = new Label("The interviewer would follow up with");
        title.getStyleClass().add("section-title");
        VBox list = new VBox(6);
        Runnable render = () -> {
            list.getChildren().clear();
            for (String f : vm.shown().followUps()) {
                Label l = new PromptLabel("•  " + f);
                l.getStyleClass().add("follow-up");
                l.setWrapText(true);
                list.getChildren().add(l);
            }
        };
        vm.shown().followUps().addListener((javafx.collections.ListChangeListener<String>) c -> render.run());
        render.run();
        Label hint = new Label("Think how you would answer each; they often reveal what the first answer missed.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        VBox card = new VBox(10, title, list, hint);
        card.setId("follow-ups");
        card.getStyleClass().add("card");
        card.visibleProperty().bind(PracticeStage.answerOver(vm.stageProperty()));
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private Node statusBar() {
        Label status = statusLabel(vm);
        Button undo = new Button("Undo");
        undo.setId("undo-discard");
        undo.setTooltip(new Tooltip("Bring back the answer you just discarded"));
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.setOnAction(e -> vm.undoDiscard());
        undo.visibleProperty().bind(vm.canUndoDiscardProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        HBox bar = new HBox(12, status, undo);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 28, 8, 28));
        // A bar of its own below the page, so a message never reads as part of the card it sits under.
        bar.getStyleClass().add("status-bar");
        bar.visibleProperty().bind(status.textProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    static Label statusLabel(PracticeViewModel vm) {
        Label status = new Label();
        status.getStyleClass().add("status");
        status.textProperty().bind(vm.statusTextProperty());
        status.setWrapText(true);
        return status;
    }

    private static void scrollTo(ScrollPane scroll, Region content, Node target) {
        double contentHeight = content.getHeight() - scroll.getViewportBounds().getHeight();
        if (contentHeight > 0) {
            double y = target.getBoundsInParent().getMinY() - 16;
            scroll.setVvalue(Math.max(0, Math.min(1, y / contentHeight)));
        }
    }

    @Override
    public javafx.beans.value.ObservableBooleanValue answerRunning() {
        return vm.stageProperty().isEqualTo(PracticeStage.RUNNING);
    }
}
