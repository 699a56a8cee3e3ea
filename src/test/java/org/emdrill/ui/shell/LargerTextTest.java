package org.emdrill.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.emdrill.app.WindowWiring;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.ui.testing.Screenshots;
import org.emdrill.ui.testing.TextChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.emdrill.ui.testing.AppWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** At one and a half times the text size every text grows, and no button on the main screens is cut short. */
@ExtendWith(ApplicationExtension.class)
class LargerTextTest {

    @TempDir
    static Path dataDir;

    private AppWindow window;
    private WindowWiring wiring;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = AppWindow.open(stage, dataDir, new FakeClock(Instant.parse("2026-05-04T09:00:00Z")),
                new FakeTicker(), 1280, 820);
        wiring = window.wiring();
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void oneAndAHalfTimesScalesTextAndCutsNoButton(FxRobot robot) throws Exception {
        double title = titleSize(robot);
        robot.interact(() -> wiring.state().settingsProperty().set(wiring.state().settings().withPreferences(
                wiring.state().settings().preferences().withTextScale(1.5))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(title * 1.5, titleSize(robot), 0.01, "the screen title grew with the root size");

        List<String> cut = new ArrayList<>();
        for (Screen s : Screen.values()) {
            robot.interact(() -> wiring.mainWindow().show(s));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> TextChecks.cutShortButtons(stage.getScene().getRoot())
                    .forEach(c -> cut.add(s.title() + ": " + c)));
            Screenshots.save(robot, stage.getScene(), "text-150-" + s.name().toLowerCase());
        }
        assertEquals(List.of(), cut);
    }

    private static double titleSize(FxRobot robot) {
        return robot.lookup(".app-title").queryAs(Label.class).getFont().getSize();
    }
}
