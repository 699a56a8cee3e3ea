package org.emdrill.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.emdrill.app.AppContext;
import org.emdrill.app.AppPaths;
import org.emdrill.app.Startup;
import org.emdrill.app.WindowWiring;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.ui.common.Styles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window knows when a screen holds work that is not on disk, so closing can ask first. */
@ExtendWith(ApplicationExtension.class)
class UnsavedWorkTest {

    @TempDir
    static Path dataDir;

    private AppContext context;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        context = Startup.open(new AppPaths(dataDir.resolve("run-" + System.nanoTime())),
                new FakeClock(Instant.parse("2026-05-04T09:00:00Z")), new FakeTicker()).context().orElseThrow();
        window = new WindowWiring(context, null).mainWindow();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(window, 1280, 820);
        scene.getStylesheets().add(Styles.APP_CSS);
        stage.setScene(scene);
        // The stage is shared by all TestFX classes: size it, whatever an earlier test left.
        stage.setWidth(1280);
        stage.setHeight(820);
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aBankBeingEditedCountsAsUnsavedUntilSaved(FxRobot robot) throws Exception {
        assertEquals(List.of(), window.unsavedWork());
        robot.clickOn("#nav-banks");
        robot.clickOn("#new-bank");
        robot.clickOn("#editor-bank-title").write("Onboarding new managers");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> unsaved = window.unsavedWork();
        assertEquals(1, unsaved.size());
        assertTrue(unsaved.get(0).contains("Onboarding new managers"), unsaved.get(0));

        // Moving to another screen keeps the editor, and the question still stands.
        robot.clickOn("#nav-practice");
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> window.unsavedWork().size() == 1);
    }
}
