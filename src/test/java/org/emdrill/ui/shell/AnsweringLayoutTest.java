package org.emdrill.ui.shell;

import static org.emdrill.ui.testing.UserView.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.emdrill.app.WindowWiring;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.ui.common.PracticeRequest;
import org.emdrill.ui.testing.AppWindow;
import org.emdrill.ui.testing.Clipping;
import org.emdrill.ui.testing.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The answering screens in the states with the most text (the longest bundled prompt with all its
 * follow-ups, a long answer, the scoring card; a mock interview's follow-up, scoring and summary), at the
 * default window size and a small laptop's, in both themes: no text cut to "…", nothing past the edge.
 */
@ExtendWith(ApplicationExtension.class)
class AnsweringLayoutTest {

    @TempDir
    static Path dataDir;

    private final FakeTicker ticker = new FakeTicker();
    private final FakeClock clock = new FakeClock(Instant.parse("2026-05-04T09:00:00Z"));
    private AppWindow window;
    private WindowWiring wiring;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = AppWindow.open(stage, dataDir, clock, ticker, 1280, 820);
        wiring = window.wiring();
    }

    @AfterEach
    void close() {
        window.close();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    private void size(FxRobot robot, int width, int height, boolean dark) {
        robot.interact(() -> {
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void check(FxRobot robot, String state, int width) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, stage.getScene(), state + "-" + width
                + (Application.getUserAgentStylesheet().contains("dark") ? "-dark" : ""));
        List<String> problems = interactResult(robot, () -> Clipping.problems(stage.getScene()));
        assertEquals(List.of(), problems, state + " at " + width + " px");
    }

    private static <T> T interactResult(FxRobot robot, java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private void primary(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest(name = "{0}x{1} dark={2}")
    @CsvSource({"1280, 820, false", "1024, 700, false", "1024, 700, true"})
    void practiceWithTheLongestQuestionFitsEveryState(int width, int height, boolean dark, FxRobot robot)
            throws Exception {
        size(robot, width, height, dark);
        check(robot, "practice-setup", width);
        QueuedQuestion longest = wiring.state().library().banks().stream()
                .flatMap(b -> b.questions().stream().map(q -> new QueuedQuestion(b, q)))
                .max(Comparator.comparingInt(q -> q.question().prompt().length()
                        + q.question().followUps().stream().mapToInt(String::length).sum()))
                .orElseThrow();
        robot.interact(() -> wiring.state().requestPractice(new PracticeRequest("Longest question", List.of(longest))));
        check(robot, "practice-ready", width);
        primary(robot);
        robot.clickOn("#skip-prep");
        robot.clickOn("#answer").write("I started from the roles we needed and the signals each interview had to find. ");
        robot.interact(() -> ticker.advance(Duration.ofSeconds(longest.question().targetSeconds() + 5)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> org.emdrill.ui.testing.UserView.label(robot, "#timer-caption").startsWith("Past the"));
        check(robot, "practice-running-over-target", width);
        primary(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot.lookup("#save").query()));
        check(robot, "practice-scoring", width);
    }

    @org.junit.jupiter.api.Test
    void practiceShortcutsWorkAfterVisitingAnotherScreen(FxRobot robot) throws Exception {
        size(robot, 1280, 820, false);
        robot.clickOn("#start-practice");
        primary(robot);
        robot.clickOn("#nav-history");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> org.emdrill.ui.testing.UserView.label(robot, "#timer-caption").startsWith("Paused"));
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        primary(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot.lookup("#save").query()));
    }

    @ParameterizedTest(name = "{0}x{1} dark={2} text={3}")
    @CsvSource({"1280, 820, false, 1", "1024, 700, false, 1", "1024, 700, true, 1", "1024, 700, false, 1.5"})
    void mockInterviewFitsItsSetUpFollowUpScoringAndSummary(int width, int height, boolean dark, double text,
            FxRobot robot) throws Exception {
        size(robot, width, height, dark);
        robot.interact(() -> wiring.state().settingsProperty().set(wiring.state().settings().withPreferences(
                wiring.state().settings().preferences().withTextScale(text))));
        robot.clickOn("#nav-mock_interview");
        check(robot, "interview-setup", width);
        org.emdrill.ui.testing.UserView.reveal(robot, "#start-interview"); // below the fold at 150% text
        robot.clickOn("#start-interview");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot.lookup("#interview-prompt").query()));
        check(robot, "interview-prep", width);
        org.emdrill.ui.testing.UserView.reveal(robot, "#interview-skip-prep");
        robot.clickOn("#interview-skip-prep");
        primary(robot);
        check(robot, "interview-follow-up", width);
        javafx.geometry.Bounds next = interactResult(robot, () -> {
            javafx.scene.Node b = robot.lookup("#interview-next").query();
            return b.localToScene(b.getBoundsInLocal());
        });
        assertTrue(next.getMaxY() <= stage.getScene().getHeight(),
                "with the follow-up shown, Next stays in the window: " + next + " in " + stage.getScene().getHeight());
        primary(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot.lookup("#score-continue").query())
                || shown(robot.lookup("#finish-scoring").query()));
        check(robot, "interview-scoring", width);
        if (shown(robot.lookup("#score-skip").query())) {
            org.emdrill.ui.testing.UserView.reveal(robot, "#score-skip");
            robot.clickOn("#score-skip");
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot.lookup("#score-skip").query())
                || shown(robot.lookup("#finish-scoring").query()) || shown(robot.lookup("#summary-title").query()));
        if (shown(robot.lookup("#finish-scoring").query())) {
            check(robot, "interview-end-scoring", width);
            org.emdrill.ui.testing.UserView.reveal(robot, "#finish-scoring");
            robot.clickOn("#finish-scoring");
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot.lookup("#summary-title").query()));
        check(robot, "interview-summary", width);
    }
}
