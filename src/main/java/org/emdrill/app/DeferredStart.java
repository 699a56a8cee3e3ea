package org.emdrill.app;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.emdrill.settings.Theme;
import org.emdrill.settings.WindowBounds;
import org.emdrill.store.InstanceLock;
import org.emdrill.ui.common.Styles;
import org.emdrill.ui.shell.OpeningView;

/**
 * Shows the window at once and opens the app behind it. Start-up used to open the database (with its
 * recovery and migrations), read the settings and parse every bank on the launcher thread before the
 * window existed; now the window appears with {@link OpeningView} where it was last left, those steps
 * run on their own thread, and the real screens take its place when they are done. Nothing the user
 * can type into exists until then.
 */
final class DeferredStart {

    private static final System.Logger LOG = System.getLogger(DeferredStart.class.getName());

    private final AtomicBoolean abandoned = new AtomicBoolean();

    /**
     * True when another EM Drill already holds this data folder. Checked before any window appears, so
     * a second launch never flashes an empty one; it then takes the old, synchronous way through
     * {@link Startup}, which brings the first window forward and says so.
     */
    static boolean heldElsewhere(AppPaths paths) {
        if (!Files.isDirectory(paths.dataDir())) {
            return false;
        }
        try {
            Optional<InstanceLock> probe = InstanceLock.tryAcquire(paths.dataDir());
            probe.ifPresent(InstanceLock::close); // Startup takes it for good a moment later
            return probe.isEmpty();
        } catch (IOException e) {
            return false; // Startup meets the same problem and explains it
        }
    }

    /** Shows the opening state on {@code stage}, runs {@code open} on its own thread, then hands over. */
    void begin(Stage stage, WindowHint hint, Supplier<Startup.Result> open, Consumer<Startup.Result> ready) {
        WindowBounds b = hint.window();
        stage.setScene(new Scene(new OpeningView(hint.theme() == Theme.DARK)));
        stage.setTitle("EM Drill");
        // The saved bounds are the window's, frame included, as the real start restores them.
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        if (b.hasPosition() && !Screen.getScreensForRectangle(b.x(), b.y(), 80, 40).isEmpty()) {
            stage.setX(b.x());
            stage.setY(b.y());
        }
        stage.setMaximized(b.maximized());
        stage.show();
        long shown = StartupClock.sinceLaunch();
        // The FX thread has nothing to do while the history opens: after the first frame, load the theme and
        // the app's stylesheet into this scene, which the real screens take over (EmDrillApp puts them in
        // as its root), so their first layout finds both parsed.
        Platform.runLater(() -> {
            EmDrillApp.applyTheme(hint.theme());
            stage.getScene().getStylesheets().add(Styles.APP_CSS);
        });
        Thread opener = new Thread(() -> {
            Startup.Result result;
            try {
                result = open.get();
            } catch (RuntimeException e) {
                // A bug outside Startup's own net; without this the window would say "opening" for ever.
                LOG.log(System.Logger.Level.ERROR, "start-up failed", e);
                result = Startup.Result.failed(StartupFailure.Kind.CANNOT_START, "EM Drill could not start because"
                        + " of an unexpected problem. Details are in the logs folder of your data folder.");
            }
            if (abandoned.get()) {
                result.context().ifPresent(AppContext::close); // the window was closed while opening
                return;
            }
            Startup.Result opened = result;
            Platform.runLater(() -> {
                ready.accept(opened);
                // Logged here, once the log file is set up: the benchmark reads these two figures.
                LOG.log(System.Logger.Level.INFO, "start-up: window shown after " + shown + " ms, ready after "
                        + StartupClock.sinceLaunch() + " ms");
            });
        }, "emdrill-startup");
        opener.start();
    }

    /** The window closed before the app was open: whatever opens behind it is closed again. */
    void abandon() {
        abandoned.set(true);
    }
}
