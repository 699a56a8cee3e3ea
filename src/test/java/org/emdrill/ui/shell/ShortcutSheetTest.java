package org.emdrill.ui.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.emdrill.app.AppContext;
import org.emdrill.app.AppPaths;
import org.emdrill.app.Startup;
import org.emdrill.app.WindowWiring;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.ui.common.Styles;
import org.emdrill.ui.testing.Screenshots;
import org.emdrill.ui.testing.TextChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** F1, Ctrl+/ or Help opens the list of every shortcut over the current screen; Esc closes it. */
@ExtendWith(ApplicationExtension.class)
class ShortcutSheetTest {

    @TempDir
    static Path dataDir;

    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = Startup.open(new AppPaths(dataDir.resolve("run-" + System.nanoTime())),
                new FakeClock(Instant.parse("2026-05-04T09:00:00Z")), new FakeTicker()).context().orElseThrow();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(new WindowWiring(context, null).mainWindow(), 1280, 820);
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
    void f1ShowsEveryShortcutAndEscClosesIt(FxRobot robot) {
        robot.clickOn("#nav-history");
        robot.type(KeyCode.F1);
        assertTrue(robot.lookup("#shortcut-sheet").tryQuery().isPresent());
        String shown = sheetText(robot);
        for (Shortcuts.Shortcut s : Shortcuts.all()) {
            assertTrue(shown.contains(s.action()), "listed: " + s.action());
            assertTrue(shown.contains(s.keysText()), "keys shown: " + s.keysText());
        }
        assertTrue(robot.lookup("#history-view").tryQuery().isPresent()
                || robot.lookup("#nav-history").queryAs(javafx.scene.control.ToggleButton.class).isSelected(),
                "the screen stays underneath");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#shortcut-sheet").tryQuery().isEmpty());
    }

    @Test
    void helpButtonAndCtrlSlashOpenItToo(FxRobot robot) {
        robot.clickOn("#help-shortcuts");
        assertTrue(robot.lookup("#shortcut-sheet").tryQuery().isPresent());
        robot.clickOn("#shortcut-sheet-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#shortcut-sheet").tryQuery().isEmpty());
        robot.interact(() -> stage.getScene().getAccelerators().get(Shortcuts.SHEET_ALT).run());
        assertTrue(robot.lookup("#shortcut-sheet").tryQuery().isPresent(), "Ctrl+/ is wired");
    }

    @Test
    void screenshotsInBothThemesAndSizesWithNothingCut(FxRobot robot) throws Exception {
        robot.type(KeyCode.F1);
        for (String theme : new String[] {"light", "dark"}) {
            robot.interact(() -> Application.setUserAgentStylesheet("dark".equals(theme)
                    ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet()));
            for (int[] size : new int[][] {{1280, 820}, {1024, 700}}) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                WaitForAsyncUtils.waitForFxEvents();
                List<String> cut = new ArrayList<>();
                robot.interact(() -> cut.addAll(TextChecks.cutShort(robot.lookup("#shortcut-sheet").query())));
                assertFalse(!cut.isEmpty(), "cut short: " + cut);
                Screenshots.save(robot, stage.getScene(), "shortcuts-" + theme + "-" + size[0]);
            }
        }
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    private static String sheetText(FxRobot robot) {
        StringBuilder all = new StringBuilder();
        robot.lookup("#shortcut-sheet .label").queryAllAs(Label.class).forEach(l -> all.append(l.getText()).append('\n'));
        return all.toString();
    }
}
