package org.emdrill.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.practice.schedule.Sm2Scheduler;
import org.emdrill.practice.schedule.Sm2Settings;
import org.emdrill.practice.schedule.StudyDay;
import org.emdrill.store.AttemptRecorder;
import org.emdrill.store.StoryRepository;
import org.emdrill.stories.Story;
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

/** Progress's "Stories" card in the app's window: a friendly line with no stories, then each story's record. */
@ExtendWith(ApplicationExtension.class)
class StoriesCardViewTest {

    private static final Instant MONDAY = Instant.parse("2026-05-04T09:00:00Z");

    @TempDir
    static Path dataDir;

    private AppWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = AppWindow.open(stage, dataDir, new FakeClock(MONDAY), new FakeTicker(), 1024, 700);
    }

    @AfterEach
    void close() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window.close();
    }

    @Test
    void saysWhereToWriteStoriesThenShowsEachOnesRecordAndFlagsTheOneToldForEverything(FxRobot robot) throws Exception {
        AttemptRecorder attempts = new AttemptRecorder(window.context().database(), new Sm2Scheduler(Sm2Settings.defaults(),
                StudyDay.in(java.time.ZoneId.systemDefault()), window.context().clock()), window.context().clock());
        long first = save(attempts, "incidents-and-operations", Map.of(Dimension.EXECUTION, 4), 1);
        save(attempts, "team-conflict", Map.of(Dimension.LEADERSHIP, 3), 2); // Progress shows from three attempts on
        save(attempts, "team-conflict", Map.of(Dimension.LEADERSHIP, 4), 3);
        robot.interact(() -> window.wiring().state().attemptSaved());
        robot.clickOn("#nav-progress");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(robot, "#stories-empty"));
        assertEquals(StoriesCard.EMPTY, robot.lookup("#stories-empty").queryAs(Label.class).getText());

        StoryRepository stories = new StoryRepository(window.context().database());
        Story outage = story(stories, "The outage I owned");
        story(stories, "Billing migration");
        stories.setStoryOfAttempt(first, outage.id());
        int n = 4;
        for (String bank : List.of("missed-deadlines", "team-conflict", "hiring-and-team-building")) {
            stories.setStoryOfAttempt(save(attempts, bank, Map.of(Dimension.EXECUTION, 2, Dimension.LEADERSHIP, 3), n++),
                    outage.id());
        }
        robot.interact(() -> window.wiring().state().attemptSaved());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#stories-card-told-1").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents(); // the card is drawn whole before it is read
        assertEquals("The outage I owned", text(robot, "#stories-card-title-0"));
        assertEquals("4", text(robot, "#stories-card-told-0"));
        assertEquals(StoriesCard.FLAG, text(robot, "#stories-card-flag-0"), "told for four banks");
        assertEquals("Billing migration", text(robot, "#stories-card-title-1"));
        assertEquals("0", text(robot, "#stories-card-told-1"));
        assertTrue(robot.lookup("#stories-card-flag-1").tryQuery().isEmpty());
        assertFalse(shown(robot, "#stories-empty"));
        robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup("#progress-scroll").query()).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), Clipping.problems(stage.getScene()).stream().filter(p -> p.contains("Told")
                || p.contains("outage") || p.contains("Billing")).toList(), "the card's own text is not cut");
        Screenshots.save(robot, stage.getScene(), "h17s-progress-stories-1024-light");
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, stage.getScene(), "h17s-progress-stories-1024-dark");
    }

    private static Story story(StoryRepository stories, String title) {
        Story s = Story.blank(MONDAY).withText(title, "", "", "", "", "", "", "", "", List.of(), MONDAY);
        stories.save(s);
        return s;
    }

    private static long save(AttemptRecorder attempts, String bank, Map<Dimension, Integer> scores, int day) {
        Instant end = MONDAY.minus(Duration.ofDays(10 - day));
        double overall = scores.values().stream().mapToInt(Integer::intValue).average().orElse(0);
        return attempts.record(new Attempt(0, bank, bank, bank + "-q" + day, "Tell me about it.", AnswerMode.TYPED,
                Duration.ZERO, Duration.ofSeconds(90), 120, "answer", "", new Scores(scores),
                EnumSet.noneOf(StarElement.class), overall, end.minusSeconds(90), end), AttemptRecorder.Placement.PRACTICE,
                List.of(), null);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> {
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return true;
        }).orElse(false);
    }
}
