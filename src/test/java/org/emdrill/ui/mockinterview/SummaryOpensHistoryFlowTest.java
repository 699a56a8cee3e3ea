package org.emdrill.ui.mockinterview;

import static org.emdrill.ui.testing.UserView.label;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.store.AttemptRepository;
import org.emdrill.ui.history.HistoryRow;
import org.emdrill.ui.testing.AppWindow;
import org.emdrill.ui.testing.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A mock interview's answers followed into History, in the whole window: what was typed stays in view
 * while it is scored, the summary's "Open in History" shows the answer there (even with History
 * filtered to hide it, and from the keyboard), and History marks it as part of the interview.
 */
@ExtendWith(ApplicationExtension.class)
class SummaryOpensHistoryFlowTest {

    private static final Instant MONDAY = Instant.parse("2026-05-04T09:00:00Z");
    private static final String ANSWER = "We lost payments for an hour; I ran the review with the team.";
    private static final String FOLLOW_UP = "We kept the runbook and practised it monthly.";
    private static final String PRACTICE_PROMPT = "A practice question nobody asks in interviews";

    @TempDir
    static Path dataDir;

    private AppWindow window;
    private Stage stage;
    private final FakeTicker ticker = new FakeTicker();
    private final FakeClock clock = new FakeClock(MONDAY);

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        if (window != null) {
            window.close();
        }
    }

    /** The window, with one practice attempt from before the interview. */
    private void open(FxRobot robot, int width, int height) {
        robot.interact(() -> window = AppWindow.open(stage, dataDir, clock, ticker, width, height));
        new AttemptRepository(window.context().database(), clock).save(practice(PRACTICE_PROMPT, MONDAY.minusSeconds(3500)));
    }

    private static Attempt practice(String prompt, Instant finished) {
        return new Attempt(0, "practice", "Practice", "practice-" + prompt.hashCode(), prompt, AnswerMode.TYPED,
                Duration.ZERO, Duration.ofSeconds(80), 120, "A practice answer", "", Scores.none(),
                EnumSet.noneOf(StarElement.class), null, finished.minusSeconds(80), finished);
    }

    @Test
    void theSummaryOpensTheAnswerInHistoryThroughFiltersThatHidIt(FxRobot robot) throws Exception {
        open(robot, 1280, 820);
        // History filtered first to the practice attempt alone: the interview's answer will not match.
        robot.clickOn("#nav-history");
        TableView<HistoryRow> table = table(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.clickOn("#filter-question").write("nobody asks");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#history-count").queryAs(Labeled.class)
                .getText().startsWith("1 of"));

        String prompt = runInterview(robot);
        // Scoring right after the answer: what was typed is there to judge, above the score rows.
        assertEquals(ANSWER, label(robot, "#scoring-answer"));
        assertEquals(FOLLOW_UP, label(robot, "#scoring-follow-up-1"));
        Screenshots.save(robot, stage.getScene(), "h16m-scoring-answer-1280");
        fire(robot, "#score-skip");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> visible(robot, "#summary-open-1"));
        // Practised a lot since: the interview's answer now comes far down the list, newest first.
        robot.interact(() -> clock.advance(Duration.ofHours(2)));
        AttemptRepository attempts = new AttemptRepository(window.context().database(), clock);
        for (int i = 1; i <= 40; i++) {
            attempts.save(practice("Later practice " + i, clock.instant().minusSeconds(60L * i)));
        }
        robot.interact(() -> window.wiring().state().attemptSaved());
        Node openButton = robot.lookup("#summary-open-1").query();
        assertEquals("Open in History", ((Labeled) openButton).getText());
        assertTrue(openButton.getAccessibleText().startsWith("Open question 1 in History: "), openButton.getAccessibleText());
        assertInside(openButton, robot.lookup("#summary-questions").query());
        Screenshots.save(robot, stage.getScene(), "h16m-summary-open-1280");

        robot.clickOn("#summary-open-1");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#nav-history").queryAs(ToggleButton.class)
                .isSelected());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#detail-prompt").tryQuery()
                .map(n -> prompt.equals(((Labeled) n).getText())).orElse(false));
        assertEquals(ANSWER, robot.lookup("#detail-answer").queryAs(TextArea.class).getText());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visible(robot, "#detail-answer")); // laid out on the next pulse
        assertEquals("", robot.lookup("#filter-question").queryAs(TextField.class).getText(),
                "the filter that hid the answer is cleared");
        HistoryRow selected = table.getSelectionModel().getSelectedItem();
        assertNotNull(selected, "the answer is selected in the list");
        assertEquals(prompt, selected.prompt());
        assertTrue(label(robot, "#detail-interview").startsWith("Part of mock interview on "));
        assertTrue(label(robot, "#detail-interview").endsWith(", question 1 of 1"), label(robot, "#detail-interview"));

        // 41st of 42, newest first: scrolled into view. The list marks it, and not the practice one.
        assertEquals(42, table.getItems().size());
        assertEquals(prompt, table.getItems().get(40).prompt());
        TableRow<?> interviewRow = row(robot, prompt);
        assertInside(interviewRow, table);
        TableRow<?> practiceRow = row(robot, PRACTICE_PROMPT);
        Node tag = robot.from(interviewRow).lookup(".mock-tag").query();
        assertEquals("Mock", ((Labeled) tag).getText());
        javafx.scene.control.TableCell<?, ?> cell = (javafx.scene.control.TableCell<?, ?>) tag.getParent();
        assertTrue(cell.getTooltip().getText().endsWith(prompt + "\n\nPart of mock interview on "
                + org.emdrill.ui.common.Formats.dateTime(MONDAY) + ", question 1 of 1"), cell.getTooltip().getText());
        assertEquals("Part of mock interview on " + org.emdrill.ui.common.Formats.dateTime(MONDAY) + ", question 1 of 1",
                tag.getAccessibleText());
        assertInside(tag, interviewRow);
        assertFalse(robot.from(practiceRow).lookup(".mock-tag").tryQuery().map(Node::isVisible).orElse(false),
                "a practice attempt carries no Mock tag");
        Screenshots.save(robot, stage.getScene(), "h16m-history-mock-tag-1280");
    }

    @Test
    void tabAndEnterOpenTheAnswerFromTheSummaryInASmallWindow(FxRobot robot) throws Exception {
        open(robot, 1024, 700);
        String prompt = runInterview(robot);
        fire(robot, "#score-skip");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> visible(robot, "#summary-open-1"));
        Screenshots.save(robot, stage.getScene(), "h16m-summary-open-1024");
        Node openButton = robot.lookup("#summary-open-1").query();
        robot.interact(() -> robot.lookup("#summary-title").query().requestFocus());
        for (int i = 0; i < 40 && stage.getScene().getFocusOwner() != openButton; i++) {
            robot.type(KeyCode.TAB);
        }
        assertTrue(stage.getScene().getFocusOwner() == openButton, "Tab reaches Open in History");

        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#nav-history").queryAs(ToggleButton.class)
                .isSelected());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#detail-prompt").tryQuery()
                .map(n -> prompt.equals(((Labeled) n).getText())).orElse(false));
        assertEquals(ANSWER, robot.lookup("#detail-answer").queryAs(TextArea.class).getText());
        assertEquals(prompt, table(robot).getSelectionModel().getSelectedItem().prompt());
        Screenshots.save(robot, stage.getScene(), "h16m-history-mock-tag-1024");
    }

    /** A typed interview of one question, answered with a follow-up, up to its scoring page; its prompt. */
    private String runInterview(FxRobot robot) throws Exception {
        robot.clickOn("#nav-mock_interview");
        robot.clickOn("#mode-typed");
        robot.clickOn("#start-interview");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> visible(robot, "#interview-prompt"));
        String prompt = label(robot, "#interview-prompt");
        robot.clickOn("#interview-skip-prep");
        robot.clickOn("#interview-answer").write(ANSWER);
        advance(robot, 90);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visible(robot, "#interview-follow-up"));
        robot.write(FOLLOW_UP);
        advance(robot, 20);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            if (visible(robot, "#score-skip")) {
                return true;
            }
            robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
            advance(robot, 20);
            return visible(robot, "#score-skip");
        });
        return prompt;
    }

    @SuppressWarnings("unchecked")
    private static TableView<HistoryRow> table(FxRobot robot) {
        return robot.lookup("#history-table").queryAs(TableView.class);
    }

    private static TableRow<?> row(FxRobot robot, String prompt) {
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.isVisible() && r.getItem() instanceof HistoryRow h && h.prompt().equals(prompt))
                .findFirst().orElseThrow();
    }

    private static void assertInside(Node child, Node parent) {
        Bounds c = child.localToScene(child.getBoundsInLocal());
        Bounds p = parent.localToScene(parent.getBoundsInLocal());
        assertTrue(c.getWidth() > 0 && p.contains(c.getMinX(), c.getMinY()) && p.contains(c.getMaxX() - 1, c.getMaxY() - 1),
                child + " lies inside " + parent + ": " + c + " in " + p);
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n.getScene() != null
                && n.localToScene(n.getBoundsInLocal()).getWidth() > 0 && shownUp(n)).orElse(false);
    }

    private static boolean shownUp(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void advance(FxRobot robot, int seconds) {
        robot.interact(() -> {
            ticker.advance(Duration.ofSeconds(seconds));
            clock.advance(Duration.ofSeconds(seconds));
        });
        WaitForAsyncUtils.sleep(250, TimeUnit.MILLISECONDS); // the interview's clock reads the ticker ten times a second
    }

    private static void fire(FxRobot robot, String query) {
        ButtonBase b = robot.lookup(query).queryAs(ButtonBase.class);
        robot.interact(b::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
