package org.emdrill.ui.testing;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.InstantSource;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.emdrill.app.AppContext;
import org.emdrill.app.AppPaths;
import org.emdrill.app.Startup;
import org.emdrill.app.WindowWiring;
import org.emdrill.practice.Ticker;
import org.emdrill.ui.common.Styles;

/**
 * The whole app's window as it starts, in TestFX's stage: opened on its own data folder under
 * {@code root}, wired as the app wires it, at the given size, light theme. Close it after the test.
 */
public final class AppWindow implements AutoCloseable {

    private final AppContext context;
    private final WindowWiring wiring;

    private AppWindow(AppContext context, WindowWiring wiring) {
        this.context = context;
        this.wiring = wiring;
    }

    public static AppWindow open(Stage stage, Path root, InstantSource clock, Ticker ticker, int width, int height) {
        return open(stage, root, clock, ticker, width, height, null);
    }

    /**
     * As above, recording spoken answers with {@code audio}, given the data folder's {@code recordings/}
     * (null: the system's microphone, as the app does).
     */
    public static AppWindow open(Stage stage, Path root, InstantSource clock, Ticker ticker, int width, int height,
                                 java.util.function.Function<Path, org.emdrill.ui.common.SpokenAudio> audio) {
        AppPaths paths = new AppPaths(root.resolve("run-" + System.nanoTime()));
        AppContext context = Startup.open(paths, clock, ticker).context().orElseThrow();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        WindowWiring wiring = audio == null ? new WindowWiring(context, null)
                : new WindowWiring(context, null, audio.apply(paths.dataDir().resolve("recordings")));
        Scene scene = new Scene(wiring.mainWindow(), width, height);
        scene.getStylesheets().add(Styles.APP_CSS);
        stage.setScene(scene);
        // The stage is shared by all TestFX classes: size it, whatever an earlier test left.
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        return new AppWindow(context, wiring);
    }

    public AppContext context() {
        return context;
    }

    public WindowWiring wiring() {
        return wiring;
    }

    @Override
    public void close() {
        context.close();
    }
}
