package org.emdrill.ui.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Instant;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
import org.emdrill.ui.testing.UserView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The welcome guide on a first run: page by page, skippable, offered again from Help, ends on a question. */
@ExtendWith(ApplicationExtension.class)
class WelcomeGuideTest {

    @TempDir
    static Path dataDir;

    private AppContext context;
    private WindowWiring wiring;
    private AppPaths paths;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        paths = new AppPaths(dataDir.resolve("run-" + System.nanoTime()));
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
        wiring.offerWelcomeOnFirstRun();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void firstRunWalksThroughTheGuideAndStartsAFirstQuestion(FxRobot robot) {
        assertEquals("Welcome to EM Drill", UserView.label(robot, "#welcome-title"));
        assertEquals("Page 1 of 7", UserView.label(robot, "#welcome-step"));
        robot.clickOn("#welcome-next");
        assertEquals("The five things interviewers listen for", UserView.label(robot, "#welcome-title"));
        assertTrue(texts(robot).contains("Strategic Thinking"), "each dimension is named");
        robot.clickOn("#welcome-back");
        assertEquals("Page 1 of 7", UserView.label(robot, "#welcome-step"));
        for (int i = 0; i < 5; i++) {
            robot.type(KeyCode.ENTER); // Next is the default button
        }
        assertEquals("Where your data lives", UserView.label(robot, "#welcome-title"));
        assertEquals(paths.dataDir().toString(), robot.lookup("#welcome-data-folder").queryAs(TextField.class).getText());
        robot.clickOn("#welcome-next");
        assertEquals("Ready for a first question?", UserView.label(robot, "#welcome-title"));
        assertFalse(UserView.shown(robot.lookup("#welcome-next").query()), "no Next on the last page");
        String offered = UserView.label(robot, "#welcome-first-prompt");

        robot.clickOn("#welcome-start");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#welcome").tryQuery().isEmpty(), "the guide is gone");
        assertEquals(offered, robot.lookup("#prompt").queryAs(Label.class).getText(), "the offered question is asked");
        assertTrue(wiring.state().settings().preferences().welcomeSeen(), "the guide is remembered as seen");
    }

    @Test
    void skippingRemembersItAndHelpOffersTheGuideAgain(FxRobot robot) {
        robot.clickOn("#welcome-next");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#welcome").tryQuery().isEmpty(), "Esc skips the guide");
        assertTrue(robot.lookup("#start-practice").tryQuery().isPresent(), "the Practice screen is back");
        assertTrue(wiring.state().settings().preferences().welcomeSeen());

        robot.interact(() -> wiring.offerWelcomeOnFirstRun());
        assertTrue(robot.lookup("#welcome").tryQuery().isEmpty(), "not offered by itself a second time");

        robot.clickOn("#nav-history");
        robot.clickOn("#help-welcome");
        assertEquals("Page 1 of 7", UserView.label(robot, "#welcome-step"), "starts again at the first page");
        robot.clickOn("#welcome-skip");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#nav-history").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        assertTrue(robot.lookup("#history-view").tryQuery().isPresent() || robot.lookup("#welcome").tryQuery().isEmpty());
    }

    @Test
    void screenshotsOfEveryPageInBothThemesAndSizes(FxRobot robot) throws Exception {
        for (String theme : new String[] {"light", "dark"}) {
            robot.interact(() -> Application.setUserAgentStylesheet("dark".equals(theme)
                    ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet()));
            for (int[] size : new int[][] {{1280, 820}, {1024, 700}}) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                robot.interact(() -> wiring.mainWindow().showWelcome());
                for (int page = 1; page <= 7; page++) {
                    WaitForAsyncUtils.waitForFxEvents();
                    assertNoCutText(robot);
                    Screenshots.save(robot, stage.getScene(), "welcome-" + page + "-" + theme + "-" + size[0]);
                    if (page < 7) {
                        robot.interact(() -> robot.lookup("#welcome-next").queryButton().fire());
                    }
                }
            }
        }
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    private static void assertNoCutText(FxRobot robot) {
        java.util.List<String> cut = new java.util.ArrayList<>();
        robot.interact(() -> cut.addAll(TextChecks.cutShort(robot.lookup("#welcome").query())));
        assertTrue(cut.isEmpty(), "text cut short: " + cut);
    }

    private static String texts(FxRobot robot) {
        StringBuilder all = new StringBuilder();
        robot.lookup("#welcome .label").queryAllAs(Label.class).forEach(l -> all.append(l.getText()).append('\n'));
        return all.toString();
    }
}
