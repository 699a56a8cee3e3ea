package org.emdrill.app;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.emdrill.ui.common.Styles;

/**
 * The window shown when the app cannot open: a plain message, what to do, and Try again / Quit. A history
 * file locked by another program is retried by itself for a few seconds first, visibly ("Waiting for…"),
 * since backup and sync tools usually let go quickly. Quitting from here ends the process with a non-zero
 * status. Opening runs on a background thread, never on the FX thread.
 */
final class StartupFailureWindow {

    /**
     * How long a locked history file is retried before the user is asked. A bound in time, not in tries:
     * each try itself waits for SQLite's busy timeout, so ten tries used to last about 30 s while the
     * message promised "a few seconds". The message states this figure.
     */
    static final long AUTOMATIC_WAIT_MILLIS = 30_000;
    static final int AUTOMATIC_TRIES = Integer.MAX_VALUE;
    static final long MILLIS_BETWEEN_TRIES = 500;

    private final Stage stage = new Stage();
    private final Supplier<Startup.Result> retry;
    private final Consumer<AppContext> opened;
    private final Runnable quit;
    private final Label heading = new Label();
    private final Label message = new Label();
    private final ProgressIndicator waiting = new ProgressIndicator();
    private final Button tryAgain = new Button("Try again");
    private final Button quitButton = new Button("Quit");

    /**
     * @param retry  opens again, off the FX thread; null when trying again cannot help
     * @param opened called on the FX thread with the context once a retry succeeds
     * @param quit   called on the FX thread when the user gives up
     */
    StartupFailureWindow(Supplier<Startup.Result> retry, Consumer<AppContext> opened, Runnable quit) {
        this.retry = retry;
        this.opened = opened;
        this.quit = quit;
    }

    void show(StartupFailure failure) {
        heading.setId("startup-heading");
        heading.getStyleClass().add("title-3");
        message.setId("startup-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setMaxWidth(520);
        waiting.setId("startup-waiting");
        waiting.setPrefSize(28, 28);
        tryAgain.setId("startup-try-again");
        tryAgain.setOnAction(e -> tryAgain(failure.kind() == StartupFailure.Kind.LOCKED ? AUTOMATIC_TRIES : 1));
        quitButton.setId("startup-quit");
        quitButton.setCancelButton(true);
        quitButton.setOnAction(e -> {
            stage.close();
            quit.run();
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(10, waiting, gap, tryAgain, quitButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        if (retry == null) {
            buttons.getChildren().remove(tryAgain);
            quitButton.setDefaultButton(true);
        } else if (failure.kind() == StartupFailure.Kind.ALREADY_RUNNING) {
            buttons.getChildren().remove(tryAgain);
            quitButton.setText("OK");
            quitButton.setDefaultButton(true);
            // The running window was just brought forward; this message must not hide behind it.
            stage.setAlwaysOnTop(true);
        } else {
            tryAgain.setDefaultButton(true);
        }
        VBox root = new VBox(16, heading, message, buttons);
        root.setPadding(new Insets(24));
        root.setPrefWidth(560);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Styles.APP_CSS);
        stage.setScene(scene);
        stage.setTitle("EM Drill");
        stage.setOnCloseRequest(e -> quit.run());
        showFailure(failure);
        stage.show();
        stage.toFront();
        if (failure.kind() == StartupFailure.Kind.LOCKED && retry != null) {
            tryAgain(AUTOMATIC_TRIES);
        }
    }

    private void showFailure(StartupFailure failure) {
        heading.setText(switch (failure.kind()) {
            case LOCKED -> "The history file is in use";
            case ALREADY_RUNNING -> "EM Drill is already open";
            case CANNOT_START -> "EM Drill cannot start";
        });
        message.setText(failure.message());
        waiting.setVisible(false);
        tryAgain.setDisable(false);
    }

    /** Retries up to {@code tries} times in the background, saying so while it waits. */
    private void tryAgain(int tries) {
        tryAgain.setDisable(true);
        waiting.setVisible(true);
        heading.setText("Waiting for the history file…");
        message.setText(waitingMessage());
        Thread worker = new Thread(() -> {
            Startup.Result result = null;
            long deadline = System.nanoTime() + AUTOMATIC_WAIT_MILLIS * 1_000_000;
            for (int i = 0; i < tries && (i == 0 || System.nanoTime() < deadline); i++) {
                result = retry.get();
                if (result.context().isPresent() || result.failure().kind() != StartupFailure.Kind.LOCKED) {
                    break;
                }
                sleep();
            }
            Startup.Result last = result;
            Platform.runLater(() -> finished(last));
        }, "emdrill-startup-retry");
        worker.setDaemon(true);
        worker.start();
    }

    /** What the user reads while EM Drill waits: the real length of the wait. */
    static String waitingMessage() {
        return "Another program has the history file locked. EM Drill keeps trying for up to "
                + AUTOMATIC_WAIT_MILLIS / 1000 + " seconds; closing that program (a backup or sync tool, or an SQLite"
                + " browser) lets it continue at once.";
    }

    private void finished(Startup.Result result) {
        Optional<AppContext> context = result.context();
        if (context.isPresent()) {
            opened.accept(context.get());
            stage.close();
        } else {
            showFailure(result.failure());
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(MILLIS_BETWEEN_TRIES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
