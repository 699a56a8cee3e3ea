package org.emdrill.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;

import javafx.stage.Stage;
import org.emdrill.app.AppContext;
import org.emdrill.app.AppPaths;
import org.emdrill.app.Startup;
import org.emdrill.app.WindowWiring;
import org.emdrill.domain.AnswerMode;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.settings.Preferences;
import org.emdrill.ui.common.Styles;
import org.emdrill.ui.testing.UserView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Settings: the default answer time and mode, and moving the data folder, in the running app. */
@ExtendWith(ApplicationExtension.class)
class MoveAndDefaultsTest {

    @TempDir
    static Path root;

    private AppContext context;
    private WindowWiring wiring;
    private AppPaths paths;

    @Start
    void start(Stage stage) {
        paths = new AppPaths(root.resolve("run-" + System.nanoTime()).resolve("em-drill"));
        context = Startup.open(paths, new FakeClock(Instant.parse("2026-05-04T09:00:00Z")), new FakeTicker())
                .context().orElseThrow();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        wiring = new WindowWiring(context, null);
        Scene scene = new Scene(wiring.mainWindow(), 1280, 820);
        scene.getStylesheets().add(Styles.APP_CSS);
        stage.setScene(scene);
        stage.setWidth(1280);
        stage.setHeight(820);
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void answerTimeAndModeDefaultsAreRemembered(FxRobot robot) {
        robot.clickOn("#nav-settings");
        UserView.reveal(robot, "#answer-time-fixed");
        robot.clickOn("#answer-time-fixed");
        robot.clickOn("#default-mode-spoken");
        Preferences p = wiring.state().settings().preferences();
        assertEquals(120, p.answerSeconds(), "the same time for all, starting at two minutes");
        assertEquals(AnswerMode.SPOKEN, p.defaultAnswerMode());
        robot.clickOn("#answer-time-own");
        assertEquals(0, wiring.state().settings().preferences().answerSeconds(), "back to each question's own");
    }

    @Test
    void movingTheDataFolderCopiesChecksAndSwitchesOnTheNextStart(FxRobot robot) throws Exception {
        Path target = paths.dataDir().resolveSibling("moved");
        DataFolderRow.chooser = window -> Optional.of(target.toFile());
        robot.clickOn("#nav-settings");
        UserView.reveal(robot, "#move-data-folder");
        robot.clickOn("#move-data-folder");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> UserView.label(robot, "#move-message").startsWith("Copied"));
        String message = UserView.label(robot, "#move-message");
        assertTrue(message.contains("next time it starts"), message);
        assertTrue(message.contains("stays as it is until you remove it"), message);
        assertTrue(Files.exists(target.resolve("history.db")));
        assertTrue(Files.exists(paths.database()), "the old folder is untouched");

        context.close();
        assertEquals(target, paths.followingMove().dataDir(), "the next start uses the new folder");
        assertFalse(Files.exists(target.resolve(".lock")));
        // Startup on the moved folder works: the history opens.
        context = Startup.open(paths.followingMove(), new FakeClock(Instant.parse("2026-05-04T10:00:00Z")),
                new FakeTicker()).context().orElseThrow();
        assertEquals(target, context.paths().dataDir());
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedInWords(FxRobot robot) throws Exception {
        Path busy = Files.createDirectories(paths.dataDir().resolveSibling("busy"));
        Files.writeString(busy.resolve("mine.txt"), "keep");
        DataFolderRow.chooser = window -> Optional.of(busy.toFile());
        robot.clickOn("#nav-settings");
        UserView.reveal(robot, "#move-data-folder");
        robot.clickOn("#move-data-folder");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> UserView.label(robot, "#move-message").contains("not empty"));
        assertEquals("keep", Files.readString(busy.resolve("mine.txt")));
        assertEquals(paths.dataDir(), paths.followingMove().dataDir());
    }

}
