package org.emdrill.ui.drill;

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
import javafx.stage.WindowEvent;

/**
 * The Mock interview screen: set-up, the running interview, scoring, and the summary, one page at a
 * time. Only layout and bindings here; every action is a call into the view model.
 */
public final class DrillView extends StackPane {

    static final String CSS = Objects.requireNonNull(
            DrillView.class.getResource("/org/emdrill/ui/drill/drill.css")).toExternalForm();
    static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PAUSE = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SKIP_PREP = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);

    private final DrillViewModel vm;
    private final DrillDialogs dialogs;

    public DrillView(DrillViewModel vm) {
        this(vm, new AlertDrillDialogs());
    }

    public DrillView(DrillViewModel vm, DrillDialogs dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        getStyleClass().add("drill-view");
        getStylesheets().add(CSS);
        SetupPage setup = new SetupPage(vm, dialogs);
        RunningPage running = new RunningPage(vm, this::confirmAbandon);
        ScoringPage scoring = new ScoringPage(vm);
        EndScoringPage endScoring = new EndScoringPage(vm);
        SummaryPage summary = new SummaryPage(vm);
        show(setup, DrillStage.SETUP);
        show(running, DrillStage.RUNNING);
        show(scoring, DrillStage.SCORING);
        show(endScoring, DrillStage.END_SCORING);
        show(summary, DrillStage.SUMMARY);
        vm.stageProperty().addListener((obs, was, is) -> {
            if (is == DrillStage.RUNNING) {
                Platform.runLater(running::focusAnswer);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // Save the snapshot when the window loses focus or closes, not only after typing pauses.
        sceneProperty().addListener((obs, oldScene, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, oldWindow, window) -> {
                    if (window != null) {
                        window.focusedProperty().addListener((f, was, focused) -> {
                            if (!focused) {
                                vm.flushDraft();
                            }
                        });
                        window.addEventHandler(WindowEvent.WINDOW_HIDING, e -> vm.flushDraft());
                    }
                });
            }
        });
    }

    private void show(Node page, DrillStage stage) {
        page.visibleProperty().bind(vm.stageProperty().isEqualTo(stage));
        getChildren().add(page);
    }

    private void onKey(KeyEvent e) {
        DrillStage stage = vm.stageProperty().get();
        if (NEXT.match(e)) {
            vm.primaryAction();
        } else if (PAUSE.match(e) && stage == DrillStage.RUNNING) {
            vm.togglePause();
        } else if (SKIP_PREP.match(e) && stage == DrillStage.RUNNING) {
            vm.skipPrep();
        } else {
            return;
        }
        e.consume();
    }

    private void confirmAbandon() {
        boolean wasPaused = vm.readout().pausedProperty().get();
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
    static Node statusBar(DrillViewModel vm) {
        Label status = new Label();
        status.getStyleClass().add("status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusTextProperty());
        HBox bar = new HBox(status);
        bar.getStyleClass().add("drill-status");
        bar.setPadding(new Insets(8, 28, 12, 28));
        bar.visibleProperty().bind(status.textProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }
}
