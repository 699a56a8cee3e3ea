package org.emdrill.ui.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.emdrill.app.AppContext;
import org.emdrill.app.AppPaths;
import org.emdrill.app.Startup;
import org.emdrill.app.WindowWiring;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.StarElement;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.ui.common.Styles;
import org.junit.jupiter.api.AfterEach;
import static org.emdrill.ui.testing.UserView.label;
import static org.emdrill.ui.testing.UserView.reveal;
import static org.emdrill.ui.testing.UserView.shown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Practising one question end to end, as a user does it, with the real wiring on a temp data folder. */
@ExtendWith(ApplicationExtension.class)
class PracticeFlowTest {

    @TempDir
    static Path dataDir;

    private final FakeTicker ticker = new FakeTicker();
    private final FakeClock clock = new FakeClock(Instant.parse("2026-05-04T09:00:00Z"));
    private AppContext context;

    @Start
    void start(Stage stage) {
        Path dir = dataDir.resolve("run-" + System.nanoTime());
        context = Startup.open(new AppPaths(dir), clock, ticker).context().orElseThrow();
        WindowWiring wiring = new WindowWiring(context, null);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(wiring.mainWindow(), 1280, 820);
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
    void practisesAQuestionFromStartToSaved(FxRobot robot) throws Exception {
        robot.clickOn("#start-practice");
        Label prompt = robot.lookup("#prompt").queryAs(Label.class);
        assertFalse(prompt.getText().isBlank(), "a question is shown");
        assertFalse(shown(robot.lookup("#follow-ups").query()), "follow-ups hidden before the answer");
        assertTrue(robot.lookup("#answer-guide").tryQuery().map(n -> !shown(n)).orElse(true),
                "the strong-answer outline cannot be read before answering");

        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(label(robot, "#timer-caption").startsWith("Gather your thoughts"));
        robot.clickOn("#skip-prep");
        robot.clickOn("#answer").write("I met the engineer one to one and we agreed clear goals.");
        assertEquals("12 words", label(robot, "#word-count"));
        String asked = prompt.getText();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(asked, prompt.getText(), "Ctrl+N does not cut a running answer off");
        assertTrue(robot.lookup(".status").queryAllAs(Label.class).stream().anyMatch(l -> shown(l)
                        && l.getText().startsWith("Finish or discard the current answer first")),
                "and says why it did not move on");

        ticker.advance(Duration.ofSeconds(95));
        clock.advance(Duration.ofSeconds(95));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "1:35".equals(label(robot, "#timer")));
        robot.clickOn("#primary-action");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot.lookup("#follow-ups").query()), "follow-ups revealed after the answer");
        assertTrue(shown(robot.lookup("#answer-guide").query()), "what it tests and the outline come with them");
        assertFalse(robot.lookup("#answer").queryAs(javafx.scene.control.TextArea.class).isEditable(),
                "the answer given is fixed once it stops");
        assertTrue(robot.lookup("#save").query().isDisabled(), "cannot save before scoring targeted dimensions");
        assertTrue(label(robot, "#scoring-answer-time").startsWith("Your answer took 1:35 \u00b7 target "),
                "the scoring card says how long the answer took, as the clock scrolls away");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".status").queryAllAs(Label.class).stream().anyMatch(l -> shown(l)
                        && l.getText().startsWith("Not saved yet: score ") && l.getText().endsWith("then save.")),
                "Ctrl+Enter before the targeted rows are scored says why nothing was saved");

        var question = context.library().banks().stream()
                .flatMap(b -> b.questions().stream())
                .filter(q -> q.prompt().equals(prompt.getText()))
                .findFirst().orElseThrow();
        for (Dimension d : question.dimensions().keySet()) {
            reveal(robot, "#score-" + d.id() + "-4");
            robot.clickOn("#score-" + d.id() + "-4");
        }
        reveal(robot, "#save");
        robot.clickOn("#star-situation");
        robot.clickOn("#star-action");
        robot.clickOn("#notes").write("Say more about the result.");
        assertEquals("4.0", label(robot, "#overall"));
        Node save = robot.lookup("#save").query();
        assertFalse(save.isDisabled());
        robot.clickOn(save);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> context.attempts().count() == 1);
        Attempt saved = context.attempts().find(context.attempts().listNewestFirst(1, 0).get(0).id()).orElseThrow();
        assertEquals(question.id(), saved.questionId());
        assertEquals(question.prompt(), saved.prompt());
        assertEquals("I met the engineer one to one and we agreed clear goals.", saved.answerText());
        assertEquals("Say more about the result.", saved.notes());
        assertEquals(Duration.ofSeconds(95), saved.answerDuration());
        assertEquals(4.0, saved.overall(), 1e-9);
        assertTrue(saved.star().contains(StarElement.SITUATION) && saved.star().contains(StarElement.ACTION));
        assertEquals(question.dimensions().size(), saved.scores().values().size());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Next question".equals(
                robot.lookup("#primary-action").queryButton().getText()));

        // The attempt is in History, and opening it shows what was saved.
        robot.clickOn("#nav-history");
        javafx.scene.control.TableView<?> table = robot.lookup("#history-table").queryAs(javafx.scene.control.TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> prompt.getText().equals(robot.lookup("#detail-prompt").queryAs(Label.class).getText()));
    }

    @Test
    void practiseDueStartsAPracticeOfTodaysQuestions(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#practise-due").query().isDisabled());
        assertTrue(label(robot, "#today-plan").contains("new"), label(robot, "#today-plan"));
        // A first run has nothing due: the button says it starts new questions and is not the main one.
        javafx.scene.control.Button due = robot.lookup("#practise-due").queryButton();
        assertTrue(due.getText().startsWith("Start ") && due.getText().endsWith(" new questions"), due.getText());
        assertFalse(due.getStyleClass().contains(atlantafx.base.theme.Styles.ACCENT));
        robot.clickOn("#practise-due");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot.lookup("#prompt").query()));
        assertFalse(label(robot, "#prompt").isBlank());
    }

    @Test
    void spokenModeShowsANotesAreaInsteadOfTheAnswerBox(FxRobot robot) {
        robot.clickOn("#mode-spoken");
        robot.clickOn("#start-practice");
        assertFalse(shown(robot.lookup("#answer").query()));
        assertTrue(shown(robot.lookup("#spoken-notes").query()));
    }
}
