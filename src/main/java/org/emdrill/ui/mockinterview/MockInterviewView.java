package org.emdrill.ui.mockinterview;

import org.emdrill.ui.common.Layouts;
import org.emdrill.ui.common.SceneShortcuts;
import org.emdrill.ui.common.ScoreCard;
import java.util.Objects;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The Mock interview screen: set-up, the running interview, scoring, and the summary, one page at a
 * time, and the questions to ask your interviewer over them when opened. Only layout and bindings here; every action is a call into the view model.
 */
public final class MockInterviewView extends StackPane implements org.emdrill.ui.common.TitledScreen,
        org.emdrill.ui.common.AnswerRunning {

    static final String CSS = Objects.requireNonNull(
            MockInterviewView.class.getResource("/org/emdrill/ui/mockinterview/mock-interview.css")).toExternalForm();
    static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PAUSE = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SKIP_PREP = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);

    private final MockInterviewViewModel vm;
    private final InterviewDialogs dialogs;
    /** Held here: a binding only its own listener refers to is collected, and its listener stops. */
    private final javafx.beans.binding.BooleanBinding settingUp;

    public MockInterviewView(MockInterviewViewModel vm, InterviewDialogs dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        settingUp = vm.stageProperty().isEqualTo(InterviewPage.SETUP);
        getStyleClass().add("interview-view");
        getStylesheets().add(CSS);
        SetupPage setup = new SetupPage(vm, dialogs);
        RunningPage running = new RunningPage(vm, this::confirmAbandon, this::confirmSkip);
        ScoringPage scoring = new ScoringPage(vm);
        EndScoringPage endScoring = new EndScoringPage(vm, this::confirmFinish);
        SummaryPage summary = new SummaryPage(vm);
        show(setup, InterviewPage.SETUP);
        show(running, InterviewPage.RUNNING);
        show(scoring, InterviewPage.SCORING);
        show(endScoring, InterviewPage.END_SCORING);
        show(summary, InterviewPage.SUMMARY);
        AskPage ask = new AskPage(vm.ask());
        ask.visibleProperty().bind(vm.ask().openProperty());
        getChildren().add(ask);
        Layouts.firstChildWhile(this, setup, settingUp);
        vm.stageProperty().addListener((obs, was, is) -> {
            if (is == InterviewPage.RUNNING) {
                Platform.runLater(running::focusAnswer);
            }
        });
        // A new question or follow-up (after Done, Next or Skip question): typing goes into its answer box,
        // not into the button that was pressed.
        javafx.beans.value.ChangeListener<String> moved = (obs, was, is) -> {
            if (vm.stageProperty().get() == InterviewPage.RUNNING) {
                Platform.runLater(running::focusAnswer);
            }
        };
        vm.readout().progressTextProperty().addListener(moved);
        vm.readout().stepTitleProperty().addListener(moved);
        SceneShortcuts.install(this, this::onKey);
        // Back on this screen mid-answer: typing goes into the answer again, not into the sidebar.
        sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null && vm.stageProperty().get() == InterviewPage.RUNNING) {
                Platform.runLater(running::focusAnswer);
            }
        });
    }

    /** "question 2 of 5" while an interview runs, for the window's title. */
    @Override
    public javafx.beans.value.ObservableStringValue titleDetail() {
        return vm.windowTitleDetailProperty();
    }

    @Override
    public javafx.beans.value.ObservableBooleanValue answerRunning() {
        return vm.stageProperty().isEqualTo(InterviewPage.RUNNING);
    }

    private void show(Node page, InterviewPage stage) {
        // The questions-to-ask page lies over whichever page is showing, and hides it while open.
        page.visibleProperty().bind(vm.stageProperty().isEqualTo(stage).and(vm.ask().openProperty().not()));
        getChildren().add(page);
    }

    private void onKey(KeyEvent e) {
        InterviewPage stage = vm.stageProperty().get();
        if (NEXT.match(e) && stage == InterviewPage.END_SCORING) {
            confirmFinish();
        } else if (NEXT.match(e)) {
            vm.primaryAction();
        } else if (PAUSE.match(e) && stage == InterviewPage.RUNNING) {
            vm.togglePause();
        } else if (SKIP_PREP.match(e) && stage == InterviewPage.RUNNING) {
            vm.skipPrep();
        } else {
            return;
        }
        e.consume();
    }

    /** Skipping throws a typed answer away: ask first when there is one. */
    private void confirmSkip() {
        if (vm.answerTextProperty().get().isBlank() || dialogs.confirmSkip()) {
            vm.skipQuestion();
        }
    }

    /**
     * Finishing the end scoring with answers left blank asks first: "Keep scoring" is the default, so a
     * second Ctrl+Enter pressed while the page was still coming up cannot throw the scoring away.
     */
    private void confirmFinish() {
        boolean partial = vm.endCards().stream().anyMatch(ScoreCard::isPartial);
        long blank = vm.endCards().stream().filter(ScoreCard::isBlank).count();
        if (partial || blank == 0 || dialogs.confirmFinishUnscored((int) blank)) {
            vm.finishScoring();
        }
    }

    private void confirmAbandon() {
        boolean wasPaused = vm.readout().clock().pausedProperty().get();
        if (!wasPaused) {
            vm.togglePause();
        }
        boolean confirmed = dialogs.confirmAbandon("The interview ends now. Answers given so far are kept in your "
                + "history; the rest of the questions are dropped.");
        if (confirmed) {
            vm.abandon();
        } else if (!wasPaused) {
            vm.togglePause();
        }
    }

    /** The status line at the bottom of a page; hidden while empty. */
    static Node statusBar(MockInterviewViewModel vm) {
        Label status = new Label();
        status.getStyleClass().add("status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusTextProperty());
        HBox bar = new HBox(status);
        bar.getStyleClass().add("interview-status");
        bar.setPadding(new Insets(8, 28, 12, 28));
        bar.visibleProperty().bind(status.textProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }
}
