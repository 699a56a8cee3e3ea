package org.emdrill.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.emdrill.app.WindowWiring;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.ui.testing.AccessibleNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.emdrill.ui.testing.AppWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every control on every screen has a name a screen reader can say: its text, or an accessible text. */
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesTest {

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
    void everyControlOnEveryScreenHasAName(FxRobot robot) {
        List<String> unnamed = new ArrayList<>();
        for (Screen s : Screen.values()) {
            robot.interact(() -> wiring.mainWindow().show(s));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> AccessibleNames.unnamed(stage.getScene().getRoot())
                    .forEach(u -> unnamed.add(s.title() + ": " + u)));
        }
        robot.interact(() -> wiring.mainWindow().showWelcome());
        robot.interact(() -> AccessibleNames.unnamed(stage.getScene().getRoot()).forEach(u -> unnamed.add("Welcome: " + u)));
        robot.interact(() -> wiring.mainWindow().showShortcuts());
        robot.interact(() -> AccessibleNames.unnamed(stage.getScene().getRoot()).forEach(u -> unnamed.add("Shortcuts: " + u)));
        assertEquals(List.of(), unnamed.stream().distinct().toList());
    }

    @Test
    void theCheckCatchesAnIconButtonWithoutAName(FxRobot robot) {
        List<String> found = new ArrayList<>();
        robot.interact(() -> {
            Button icon = new Button("", new FontIcon(Feather.TRASH));
            icon.setId("bare");
            found.addAll(AccessibleNames.unnamed(new VBox(new Button("Named"), icon)));
        });
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("#bare"));
    }
}
