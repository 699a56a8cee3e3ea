package org.emdrill.ui.mockinterview;

import org.emdrill.ui.testing.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.practice.mockinterview.InterviewConfig;
import org.emdrill.practice.mockinterview.MockInterview;
import org.emdrill.practice.mockinterview.QuestionSelection;
import org.emdrill.practice.mockinterview.ScoringTiming;
import org.emdrill.store.SessionRepository;
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

/** The Mock interview screen driven like a user: clicks and keys, the bundled banks, a real store. */
@ExtendWith(ApplicationExtension.class)
class MockInterviewViewTest {

    @TempDir
    Path dataDir;
    private Stage stage;
    private InterviewFixture f;
    private MockInterviewViewModel vm;
    private final FakeDialogs dialogs = new FakeDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @AfterEach
    void close() throws Exception {
        // Hiding the window saves the snapshot in the background: do it while the worker still runs.
        WaitForAsyncUtils.asyncFx(stage::hide).get(5, TimeUnit.SECONDS);
        if (vm != null) {
            InterviewFixture.onFx(vm::stopTicking);
        }
        if (f != null) {
            f.drain();
            f.close();
        }
    }

    /** Builds the screen as the app does, beside a stand-in for the sidebar, in a window of that size. */
    private void open(FxRobot robot, int width, int height) throws Exception {
        if (f == null) {
            f = new InterviewFixture(dataDir, InterviewFixture.bundled(dataDir), false);
        }
        robot.interact(() -> {
            vm = new MockInterviewViewModel(f.state, f.runner, f.sessions, f.presets, f.interviewRecorder(), f.drafts, f.ticker, f.clock,
                    new Random(3), f.audio);
            MockInterviewView view = new MockInterviewView(vm, dialogs);
            Region sidebar = new Region();
            sidebar.setMinWidth(190);
            sidebar.getStyleClass().add(Styles.SIDEBAR);
            HBox.setHgrow(view, Priority.ALWAYS);
            Scene scene = new Scene(new HBox(sidebar, view), width, height);
            scene.getStylesheets().add(Styles.APP_CSS);
            stage.setScene(scene);
            stage.show();
        });
        f.drain();
    }

    @Test
    void runsAQuickQuestionFromSetUpToSummary(FxRobot robot) throws Exception {
        open(robot, 1280, 820);
        Screenshots.save(robot, stage.getScene(), "setup-1280");
        robot.clickOn("#mode-typed");
        robot.clickOn("#start-interview");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot.lookup("#interview-prompt").query()));
        assertEquals("Question 1 of 1", label(robot, "#interview-progress"));
        assertEquals("0:30", label(robot, "#interview-timer"), "thinking time counts down");
        String prompt = label(robot, "#interview-prompt");
        Question question = find(prompt);

        robot.clickOn("#interview-skip-prep");
        robot.clickOn("#interview-answer").write("I met the engineer and we agreed clear goals.");
        advance(robot, 95);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "1:35".equals(label(robot, "#interview-timer")));
        Screenshots.save(robot, stage.getScene(), "running-1280");

        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(question.followUps().get(0), label(robot, "#interview-follow-up"));
        assertEquals("", robot.lookup("#interview-answer").queryAs(TextArea.class).getText());
        robot.write("It worked.");
        advance(robot, 20);
        Screenshots.save(robot, stage.getScene(), "follow-up-1280");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(shown(robot.lookup("#score-continue").query()), "the scoring card follows the answer");
        assertTrue(robot.lookup("#score-continue").query().isDisabled());
        // What was typed stays readable while it is scored, above the score rows.
        assertEquals("I met the engineer and we agreed clear goals.", label(robot, "#scoring-answer"));
        assertEquals("It worked.", label(robot, "#scoring-follow-up-1"));
        assertTrue(shown(robot.lookup("#scoring-answer").query()));
        javafx.scene.Node answerShown = robot.lookup("#scoring-answer").query();
        javafx.scene.Node firstRow = robot.lookup("#score-" + question.dimensions().keySet().iterator().next().id() + "-4").query();
        assertTrue(answerShown.localToScene(answerShown.getBoundsInLocal()).getMaxY()
                <= firstRow.localToScene(firstRow.getBoundsInLocal()).getMinY(), "the answer sits above the score rows");
        for (Dimension d : question.dimensions().keySet()) {
            reveal(robot, "#score-" + d.id() + "-4");
            robot.clickOn("#score-" + d.id() + "-4");
        }
        assertEquals(f.state.rubric().describe(question.dimensions().keySet().iterator().next(), 4).isEmpty()
                ? "Level 4" : f.state.rubric().describe(question.dimensions().keySet().iterator().next(), 4),
                label(robot, "#rubric-" + question.dimensions().keySet().iterator().next().id()));
        Screenshots.save(robot, stage.getScene(), "scoring-1280");
        reveal(robot, "#score-continue");
        robot.clickOn("#score-continue");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot.lookup("#summary-title").query()));
        assertEquals("Interview complete", label(robot, "#summary-title"));
        assertEquals("4.0", label(robot, "#summary-score-1"));
        Screenshots.save(robot, stage.getScene(), "summary-1280");
        f.drain();
        SessionRepository.Session session = f.sessions.listNewestFirst(1, 0).get(0);
        assertEquals(SessionRepository.State.FINISHED, session.state());
        var attempt = f.sessions.find(session.id()).orElseThrow().attempts().get(0);
        assertEquals("I met the engineer and we agreed clear goals.", attempt.attempt().answerText());
        assertEquals("It worked.", attempt.followUps().get(0).answerText());

        reveal(robot, "#new-interview");
        robot.clickOn("#new-interview");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#past-0").tryQuery().isPresent());
        Screenshots.save(robot, stage.getScene(), "setup-with-history-1280");
    }

    @Test
    void resumesTheInterviewAKilledAppLeftBehind(FxRobot robot) throws Exception {
        f = new InterviewFixture(dataDir, InterviewFixture.bundled(dataDir), false);
        // What the app had written before it was killed: the session row and the snapshot file.
        var bank = f.state.library().banks().get(0);
        List<QueuedQuestion> questions = List.of(new QueuedQuestion(bank, bank.questions().get(0)),
                new QueuedQuestion(bank, bank.questions().get(1)));
        InterviewConfig config = new InterviewConfig(2, QuestionSelection.RANDOM, List.of(), Duration.ofSeconds(30), null, 0,
                null, AnswerMode.TYPED, ScoringTiming.AT_END);
        MockInterview before = new MockInterview(config, questions, f.ticker, f.clock);
        before.setSessionId(f.sessions.start("Custom", config, before.questionIds(), f.clock.instant()));
        before.start();
        before.skipPrep();
        before.typeAnswer("Words typed before the crash");
        f.ticker.advance(Duration.ofSeconds(40));
        f.drafts.save(before.snapshot());

        open(robot, 1280, 820);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot.lookup("#resume-card").query()));
        assertTrue(label(robot, "#resume-interview-heading").startsWith("Resume interview (question 1 of 2, started "));
        Screenshots.save(robot, stage.getScene(), "resume-offer-1280");
        robot.clickOn("#resume-interview");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot.lookup("#interview-prompt").query()));
        assertEquals(questions.get(0).question().prompt(), label(robot, "#interview-prompt"));
        assertEquals("Words typed before the crash", robot.lookup("#interview-answer").queryAs(TextArea.class).getText());
        assertEquals("0:40", label(robot, "#interview-timer"));
        assertTrue(label(robot, "#interview-caption").startsWith("Paused"), "it comes back paused");

        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        advance(robot, 20);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "1:00".equals(label(robot, "#interview-timer")));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Question 2 of 2", label(robot, "#interview-progress"));
        robot.clickOn("#interview-skip-question");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot.lookup("#finish-scoring").query()));
        Screenshots.save(robot, stage.getScene(), "end-scoring-1280");
        // A second Ctrl+Enter pressed as the page comes up asks before throwing the scoring away.
        dialogs.finishUnscored = false;
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.List.of(1), dialogs.finishQuestions);
        assertTrue(shown(robot.lookup("#finish-scoring").query()), "still scoring");
        dialogs.finishUnscored = true;
        reveal(robot, "#finish-scoring");
        robot.clickOn("#finish-scoring");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot.lookup("#summary-title").query()));

        f.drain();
        SessionRepository.Session session = f.sessions.listNewestFirst(1, 0).get(0);
        assertEquals(before.sessionId(), session.id(), "the same session continues");
        assertEquals(SessionRepository.State.FINISHED, session.state());
        var attempt = f.sessions.find(session.id()).orElseThrow().attempts().get(0).attempt();
        assertEquals("Words typed before the crash", attempt.answerText());
        assertEquals(Duration.ofSeconds(60), attempt.answerDuration());
        assertFalse(java.nio.file.Files.exists(f.drafts.file()));
    }

    @Test
    void fitsASmallWindowAndAbandonsAfterConfirming(FxRobot robot) throws Exception {
        open(robot, 960, 640);
        Screenshots.save(robot, stage.getScene(), "setup-960");
        robot.clickOn("#start-interview");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot.lookup("#interview-prompt").query()));
        robot.clickOn("#interview-skip-prep");
        advance(robot, 215); // past any bundled target (at most 3:30), short of any hard limit
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#interview-caption").startsWith("Past the"));
        Screenshots.save(robot, stage.getScene(), "running-960");

        dialogs.abandon = false;
        robot.clickOn("#interview-abandon");
        assertTrue(shown(robot.lookup("#interview-prompt").query()), "cancelled: the interview goes on");
        assertFalse(label(robot, "#interview-caption").startsWith("Paused"), "and its clock runs again");
        dialogs.abandon = true;
        robot.clickOn("#interview-abandon");
        f.drain(); // closing the interview is store work: wait for it rather than for a fixed time
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot.lookup("#summary-title").query()));
        assertEquals("Interview ended early", label(robot, "#summary-title"));
        Screenshots.save(robot, stage.getScene(), "summary-960");
        f.drain();
        assertEquals(SessionRepository.State.ABANDONED, f.sessions.listNewestFirst(1, 0).get(0).state());
    }

    private void advance(FxRobot robot, int seconds) {
        robot.interact(() -> {
            f.ticker.advance(Duration.ofSeconds(seconds));
            f.clock.advance(Duration.ofSeconds(seconds));
            vm.tick();
        });
    }

    private Question find(String prompt) {
        return f.state.library().banks().stream().flatMap(b -> b.questions().stream())
                .filter(q -> q.prompt().equals(prompt)).findFirst().orElseThrow();
    }

    /** Answers the screen's dialogs without opening a window. */
    static final class FakeDialogs implements InterviewDialogs {
        volatile boolean abandon = true;

        @Override
        public boolean confirmAbandon(String explanation) {
            return abandon;
        }

        @Override
        public boolean confirmSkip() {
            return true;
        }

        volatile boolean finishUnscored = true;
        final java.util.List<Integer> finishQuestions = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public boolean confirmFinishUnscored(int unscored) {
            finishQuestions.add(unscored);
            return finishUnscored;
        }

        @Override
        public Optional<String> askPresetName(String suggestion) {
            return Optional.of("Friday drill");
        }
    }
}
