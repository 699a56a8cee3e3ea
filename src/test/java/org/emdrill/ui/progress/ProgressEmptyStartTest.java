package org.emdrill.ui.progress;

import static org.emdrill.ui.testing.UserView.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.ui.testing.AppWindow;
import org.emdrill.ui.testing.Clipping;
import org.emdrill.ui.testing.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A new user's Progress page, before there is anything to show: its button starts today's practice. */
@ExtendWith(ApplicationExtension.class)
class ProgressEmptyStartTest {

    @TempDir
    static Path dataDir;

    private AppWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = AppWindow.open(stage, dataDir, new FakeClock(Instant.parse("2026-05-04T09:00:00Z")), new FakeTicker(),
                1024, 700);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void theEmptyPagesButtonStartsTodaysNewQuestionsInPractice(FxRobot robot) throws Exception {
        robot.clickOn("#nav-progress");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown(robot.lookup("#progress-empty").query()));
        Button start = robot.lookup("#progress-empty-start").queryButton();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown(start));
        assertTrue(start.getText().matches("Start \\d+ new questions?"), start.getText());
        assertEquals(List.of(), Clipping.problems(stage.getScene()), "nothing clipped on the empty page");
        Screenshots.save(robot, stage.getScene(), "progress-empty-start-1024");

        robot.clickOn(start);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown(robot.lookup("#prompt").query()));
        assertTrue(robot.lookup("#nav-practice").queryAs(ToggleButton.class).isSelected(), "Practice is showing");
        int asked = Integer.parseInt(start.getText().replaceAll("\\D+", ""));
        String progress = robot.lookup("#practice-progress").queryAs(Label.class).getText();
        assertTrue(progress.endsWith("Question 1 of " + asked), progress);
    }
}
