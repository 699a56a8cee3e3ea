package org.emdrill.ui.practice;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

/** A broken bank among the user's banks is reported, and everything else keeps working. */
@ExtendWith(ApplicationExtension.class)
class BrokenBankAppTest {

    @TempDir
    static Path dataDir;

    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        AppPaths paths = new AppPaths(dataDir.resolve("run-" + System.nanoTime()));
        Files.createDirectories(paths.userBanks());
        Files.writeString(paths.userBanks().resolve("broken.json"), """
                {
                  "schemaVersion": 1,
                  "id": "broken",
                  "title": "Broken",
                  "questions": [ { "id": "broken-1", "prompt": "Why?", "dimensions": { "charm": 2 } } ]
                }
                """);
        Files.writeString(paths.userBanks().resolve("not-json.json"), "this is not json at all");
        context = Startup.open(paths, new FakeClock(Instant.parse("2026-05-04T09:00:00Z")), new FakeTicker())
                .context().orElseThrow();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(new WindowWiring(context, null).mainWindow(), 1280, 820);
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
    void reportsTheBrokenBanksAndStaysUsable(FxRobot robot) {
        assertTrue(robot.lookup(".banner").tryQuery().isPresent(), "a banner tells the user");
        Label banner = robot.lookup(".banner .label").queryAs(Label.class);
        assertTrue(banner.getText().contains("2 question banks could not be loaded"), banner.getText());

        // Practising with the good banks still works.
        robot.clickOn("#start-practice");
        assertFalse(robot.lookup("#prompt").queryAs(Label.class).getText().isBlank());
        robot.clickOn("#end-practice");

        // The details name the file, the line and column, and the field.
        robot.clickOn("Open Banks");
        WaitForAsyncUtils.waitForFxEvents();
        StringBuilder problems = new StringBuilder();
        collectText(robot.lookup("#bank-failures").query(), problems);
        assertTrue(problems.toString().contains("broken.json:5:72:"), problems.toString());
        assertTrue(problems.toString().contains("questions[0].dimensions.charm"), problems.toString());
        assertTrue(problems.toString().contains("not-json.json:1:"), problems.toString());
    }

    private static void collectText(javafx.scene.Node node, StringBuilder into) {
        if (node instanceof javafx.scene.control.Labeled l) {
            into.append(l.getText()).append('\n');
        } else if (node instanceof javafx.scene.control.TextInputControl t) {
            into.append(t.getText()).append('\n');
        }
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collectText(child, into));
        }
    }
}
