package org.emdrill.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.time.InstantSource;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.emdrill.practice.Ticker;
import org.emdrill.settings.Settings;
import org.emdrill.store.FocusRequests;
import org.emdrill.settings.Theme;
import org.emdrill.settings.WindowBounds;
import org.emdrill.ui.common.Styles;

/** The JavaFX application: opens the context off the FX thread, shows the window, saves on exit. */
public final class EmDrillApp extends Application {

    private static volatile AppPaths launchPaths;
    private static volatile StartupFailure launchFailure;
    /** 0, or non-zero once the user gave up at a start-up failure; {@link #launchWith} returns it. */
    private static volatile int exitStatus;

    private Startup.Result startup;
    private AppContext context;
    private WindowWiring wiring;
    private java.io.Closeable focusRequests;
    private AppPaths paths;
    private final DeferredStart deferred = new DeferredStart();

    /** Runs the app until it exits; returns the process exit status (non-zero after a start-up failure). */
    static int launchWith(AppPaths paths) {
        launchPaths = paths;
        Application.launch(EmDrillApp.class);
        return exitStatus;
    }

    /** Shows only the start-up failure window, for problems found before there is a data folder to open. */
    static int launchFailure(StartupFailure failure) {
        launchFailure = failure;
        Application.launch(EmDrillApp.class);
        return exitStatus;
    }

    @Override
    public void init() {
        if (launchFailure != null) {
            startup = new Startup.Result(java.util.Optional.empty(), launchFailure);
            return;
        }
        paths = launchPaths != null ? launchPaths : AppPaths.defaults();
        if (DeferredStart.heldElsewhere(paths)) {
            // A second launch opens no window of its own: it only says that the first came forward.
            startup = open(paths);
        }
    }

    @Override
    public void start(Stage stage) {
        if (startup != null) {
            showWindow(stage);
            return;
        }
        deferred.begin(stage, WindowHint.read(paths.settings()),
                () -> open(paths),
                result -> {
                    startup = result;
                    showWindow(stage);
                });
    }

    /** Opens the app's context; off the FX thread. */
    private static Startup.Result open(AppPaths paths) {
        SqliteNativeLibrary.useCachedCopy();
        return Startup.open(paths, InstantSource.system(), Ticker.system());
    }

    /** Replaces the opening state with the app, or explains why it cannot start. */
    private void showWindow(Stage stage) {
        context = startup.context().orElse(null);
        if (context == null) {
            applyTheme(Theme.LIGHT);
            AppPaths paths = launchPaths != null ? launchPaths : AppPaths.defaults();
            new StartupFailureWindow(launchFailure != null ? null
                    : () -> open(paths),
                    opened -> {
                        context = opened;
                        showMain(stage);
                    },
                    () -> {
                        exitStatus = 1;
                        Platform.exit();
                    }).show(startup.failure());
            return;
        }
        showMain(stage);
    }

    private void showMain(Stage stage) {
        CrashReporter crashes = new CrashReporter(context.paths().logs());
        Thread.currentThread().setUncaughtExceptionHandler(crashes);
        Thread.setDefaultUncaughtExceptionHandler(crashes);
        StartupSteps steps = new StartupSteps();
        wiring = new WindowWiring(context, getHostServices());
        steps.finished("screens");
        applyTheme(context.settings().theme());
        Scene scene = stage.getScene();
        if (scene == null) {
            scene = new Scene(wiring.mainWindow(), 1280, 820);
        } else {
            // The opening scene already holds the parsed stylesheets (DeferredStart): keep it, swap the root.
            scene.setRoot(wiring.mainWindow());
        }
        if (!scene.getStylesheets().contains(Styles.APP_CSS)) {
            scene.getStylesheets().add(Styles.APP_CSS);
        }
        scene.getRoot().applyCss(); // styles the screen now, so the step below says what that costs
        steps.finished("styling");
        stage.setScene(scene);
        stage.titleProperty().bind(wiring.mainWindow().windowTitleProperty());
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var url = EmDrillApp.class.getResource("/org/emdrill/ui/icons/app-" + size + ".png");
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm()));
            }
        }
        restoreBounds(stage, context.settings().window());
        wiring.state().settingsProperty().addListener((obs, was, is) -> {
            if (was == null || was.theme() != is.theme()) {
                applyTheme(is.theme());
            }
            saveSettings(is);
        });
        stage.setOnCloseRequest(e -> {
            if (!confirmClose(wiring.mainWindow().unsavedWork())) {
                e.consume();
                return;
            }
            wiring.state().settingsProperty().set(wiring.state().settings().withWindow(boundsOf(stage)));
        });
        stage.show();
        wiring.offerWelcomeOnFirstRun();
        watchForSecondLaunches(stage);
        context.startDailyBackup(); // behind the first screen's own queries on the worker
        IdleMemory.afterStartup();
        steps.finished("window");
        System.getLogger(EmDrillApp.class.getName()).log(System.Logger.Level.INFO,
                "start-up on the FX thread: " + steps.summary());
    }

    /** A second launch on the same data folder brings this window forward instead of opening another. */
    private void watchForSecondLaunches(Stage stage) {
        try {
            focusRequests = FocusRequests.watch(context.paths().dataDir(), () -> Platform.runLater(() -> {
                stage.setIconified(false);
                stage.toFront();
                stage.requestFocus();
            }));
        } catch (IOException e) {
            // Without it a second launch still explains that the app is open; nothing else depends on it.
            System.getLogger(EmDrillApp.class.getName()).log(System.Logger.Level.WARNING,
                    "not watching for second launches: " + e.getMessage());
        }
    }

    @Override
    public void stop() throws IOException {
        deferred.abandon();
        if (focusRequests != null) {
            focusRequests.close();
        }
        if (context != null) {
            context.close();
        }
    }

    /** Asks before closing over unsaved work; true when the window may close. */
    private static boolean confirmClose(java.util.List<String> unsaved) {
        if (unsaved.isEmpty()) {
            return true;
        }
        ButtonType close = new ButtonType("Close without saving", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep editing", javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "You have unsaved " + String.join(" and ", unsaved) + ". They are lost if EM Drill closes now.",
                keep, close);
        alert.setTitle("EM Drill");
        alert.setHeaderText("Close without saving?");
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(close)).setDefaultButton(false);
        return alert.showAndWait().filter(close::equals).isPresent();
    }

    private void saveSettings(Settings settings) {
        wiring.runner().fireAndForget(() -> {
            context.settingsStore().save(settings);
            return null;
        });
    }

    /** Sets the theme; the same one again costs nothing (setting it restyles every node of every window). */
    static void applyTheme(Theme theme) {
        String sheet = theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
    }

    private static void restoreBounds(Stage stage, WindowBounds saved) {
        WindowBounds b = saved.clampedTo(ScreenAreas.visible());
        // A screen smaller than the minimum size still shows the whole window.
        stage.setMinWidth(Math.min(WindowBounds.MIN_WIDTH, b.width()));
        stage.setMinHeight(Math.min(WindowBounds.MIN_HEIGHT, b.height()));
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        if (b.hasPosition()) {
            stage.setX(b.x());
            stage.setY(b.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(b.maximized());
    }

    private static WindowBounds boundsOf(Stage stage) {
        return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized())
                .clampedTo(ScreenAreas.visible());
    }
}
