package org.emdrill.app;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/**
 * Catches what escaped on the FX thread: logs it, and tells the user in plain words where the log is,
 * instead of a stack trace or a silent failure.
 */
final class CrashReporter implements Thread.UncaughtExceptionHandler {

    private static final System.Logger LOG = System.getLogger(CrashReporter.class.getName());
    private final Path logsDir;
    private boolean showing;

    CrashReporter(Path logsDir) {
        this.logsDir = logsDir;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "unexpected error on " + thread.getName(), error);
        if (showing) {
            return;
        }
        Platform.runLater(() -> {
            showing = true;
            Alert alert = new Alert(Alert.AlertType.ERROR,
                    "Something went wrong inside EM Drill. Your saved attempts are safe.\n\n"
                            + "Details are in the log folder:\n" + logsDir, ButtonType.OK);
            alert.setTitle("EM Drill");
            alert.setHeaderText("Unexpected error");
            alert.showAndWait();
            showing = false;
        });
    }
}
