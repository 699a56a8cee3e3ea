package org.emdrill.ui.mockinterview;

import static org.emdrill.ui.testing.UserView.label;
import static org.emdrill.ui.testing.UserView.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.InterviewLoop;
import org.emdrill.domain.LoopQuestion;
import org.emdrill.practice.mockinterview.InterviewPreset;
import org.emdrill.practice.mockinterview.InterviewPresets;
import org.emdrill.practice.mockinterview.ScoringTiming;
import org.emdrill.ui.common.Styles;
import org.emdrill.ui.shell.MainWindow;
import org.emdrill.ui.shell.Screen;
import org.emdrill.ui.testing.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The set-up's preset box, its answer mode and loop times, focus while running, and the window title. */
@ExtendWith(ApplicationExtension.class)
class InterviewSetupAndFocusViewTest {

    @TempDir
    Path dataDir;
    private Stage stage;
    private InterviewFixture f;
    private MockInterviewViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get(5, TimeUnit.SECONDS);
        if (vm != null) {
            InterviewFixture.onFx(vm::stopTicking);
        }
        if (f != null) {
            f.drain();
            f.close();
        }
    }

    /** The screen inside the real window frame, with the answer mode chosen in Settings. */
    private void open(FxRobot robot, AnswerMode settingsMode, List<InterviewLoop> loops) throws Exception {
        if (f == null) {
            f = new InterviewFixture(dataDir, InterviewFixture.small(), false);
        }
        robot.interact(() -> {
            f.state.settingsProperty().set(f.state.settings().withPreferences(
                    f.state.settings().preferences().withDefaultAnswerMode(settingsMode)));
            vm = new MockInterviewViewModel(f.state, f.runner, f.sessions, f.presets, f.interviewRecorder(), f.drafts,
                    f.ticker, f.clock, new Random(3), f.audio);
            vm.useLoops(loops);
            MockInterviewView view = new MockInterviewView(vm, new MockInterviewViewTest.FakeDialogs());
            Map<Screen, Supplier<Node>> screens = Map.of(Screen.PRACTICE, () -> new Label("Practice"),
                    Screen.MOCK_INTERVIEW, () -> view);
            window = new MainWindow(f.state, screens);
            window.show(Screen.MOCK_INTERVIEW);
            Scene scene = new Scene(window, 1400, 900);
            scene.getStylesheets().add(Styles.APP_CSS);
            stage.titleProperty().bind(window.windowTitleProperty());
            stage.setScene(scene);
            stage.show();
        });
        f.drain();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String presetBox(FxRobot robot) {
        ComboBox<?> box = robot.lookup("#preset").queryComboBox();
        return box.getButtonCell().getText();
    }

    @Test
    void thePresetBoxSaysCustomOnceAFieldIsChangedAndTheModeIsTheSettingsOne(FxRobot robot) throws Exception {
        open(robot, AnswerMode.TYPED, List.of());
        assertEquals("Quick question (1 question, scored straight away)", presetBox(robot));
        assertTrue(robot.lookup("#mode-typed").queryAs(ToggleButton.class).isSelected(),
                "Settings says Typed, so the set-up does");

        robot.clickOn("#scoring-at-end");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Custom", presetBox(robot));
        Screenshots.save(robot, stage.getScene(), "setup-custom");

        // Choosing a preset again fills it in, and keeps the answer mode: the preset does not choose one.
        ComboBox<InterviewPreset> presets = robot.lookup("#preset").queryComboBox();
        robot.interact(() -> presets.setValue(presets.getItems().get(1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Full loop (5 questions, about 45 minutes)", presetBox(robot));
        assertTrue(robot.lookup("#mode-typed").queryAs(ToggleButton.class).isSelected(), "still typed");
        robot.clickOn("#mode-spoken");
        assertEquals("Full loop (5 questions, about 45 minutes)", presetBox(robot),
                "typed or spoken is not part of a built-in preset");
        robot.interact(() -> vm.setup().prepSecondsProperty().set(45));
        assertEquals("Custom", presetBox(robot));
    }

    @Test
    void aLoopPresetSaysItsOwnFollowUpTime(FxRobot robot) throws Exception {
        InterviewLoop loop = new InterviewLoop("slow", "Slow probes", "", 30, 0, 1, 75, List.of(
                new LoopQuestion("a1", 200, ""), new LoopQuestion("b2", 180, "")), "slow.json");
        open(robot, AnswerMode.SPOKEN, List.of(loop));
        assertEquals("per question (0 = off), 1 minute each", label(robot, "#follow-up-time"));
        ComboBox<InterviewPreset> presets = robot.lookup("#preset").queryComboBox();
        robot.interact(() -> presets.setValue(presets.getItems().get(3)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("per question (0 = off), 75 seconds each", label(robot, "#follow-up-time"));
        Screenshots.save(robot, stage.getScene(), "setup-loop-follow-up-time");
    }

    @Test
    void afterSkipQuestionTypingGoesIntoTheNextAnswerAndTheTitleNamesTheQuestion(FxRobot robot) throws Exception {
        open(robot, AnswerMode.TYPED, List.of());
        assertEquals("EM Drill — Mock interview", stage.getTitle());
        robot.interact(() -> {
            vm.setup().questionCountProperty().set(3);
            vm.setup().followUpsProperty().set(0);
            vm.setup().scoringProperty().set(ScoringTiming.AT_END);
        });
        robot.clickOn("#start-interview");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot.lookup("#interview-prompt").query()));
        assertEquals("EM Drill — Mock interview, question 1 of 3", stage.getTitle());

        robot.clickOn("#interview-skip-prep");
        robot.clickOn("#interview-skip-question");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Question 2 of 3", label(robot, "#interview-progress"));
        assertEquals("EM Drill — Mock interview, question 2 of 3", stage.getTitle());
        robot.clickOn("#interview-skip-prep");
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Second answer");
        assertEquals("Second answer", robot.lookup("#interview-answer").queryAs(TextArea.class).getText(),
                "the keys land in the answer box, not on the Skip button");

        robot.clickOn("#interview-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Question 3 of 3", label(robot, "#interview-progress"));
        robot.clickOn("#interview-skip-prep");
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Third");
        assertEquals("Third", robot.lookup("#interview-answer").queryAs(TextArea.class).getText());
        Screenshots.save(robot, stage.getScene(), "running-after-skip");
    }

    @Test
    void theLastSetUpIsThereAfterARestart(FxRobot robot) throws Exception {
        open(robot, AnswerMode.TYPED, List.of());
        robot.interact(() -> {
            vm.setup().questionCountProperty().set(3);
            vm.setup().scoringProperty().set(ScoringTiming.AT_END);
        });
        robot.clickOn("#start-interview");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot.lookup("#interview-prompt").query()));
        f.drain();
        robot.interact(vm::stopTicking);

        open(robot, AnswerMode.TYPED, List.of());
        assertEquals(3, vm.setup().questionCountProperty().get());
        assertEquals(ScoringTiming.AT_END, vm.setup().scoringProperty().get());
        assertEquals("Custom", presetBox(robot));
        assertTrue(vm.setup().presets().stream().noneMatch(p -> p.name().equals(InterviewPresets.LAST_SETUP)),
                "the remembered set-up is not listed as a preset");
    }

    @Test
    void theEndScoringShowsEachAnswerBesideItsScoreRows(FxRobot robot) throws Exception {
        open(robot, AnswerMode.TYPED, List.of());
        robot.interact(() -> {
            vm.setup().questionCountProperty().set(2);
            vm.setup().followUpsProperty().set(1);
            vm.setup().prepSecondsProperty().set(0);
            vm.setup().scoringProperty().set(ScoringTiming.AT_END);
        });
        robot.clickOn("#start-interview");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot.lookup("#interview-prompt").query()));
        for (int q = 1; q <= 2; q++) {
            robot.clickOn("#interview-answer").write("Answer " + q);
            robot.clickOn("#interview-next");
            WaitForAsyncUtils.waitForFxEvents();
            robot.write("Probe answer " + q);
            robot.clickOn("#interview-next");
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot.lookup("#finish-scoring").query()));
        assertEquals("EM Drill — Mock interview, scoring the answers", stage.getTitle());
        for (int q = 1; q <= 2; q++) {
            assertEquals("Answer " + q, label(robot, "#q" + q + "-answer"));
            assertEquals("Probe answer " + q, label(robot, "#q" + q + "-follow-up-1"));
            Node given = robot.lookup("#q" + q + "-answer").query().getParent();
            Node card = ((javafx.scene.layout.HBox) given.getParent()).getChildren().get(1);
            double answerRight = given.localToScene(given.getBoundsInLocal()).getMaxX();
            double cardLeft = card.localToScene(card.getBoundsInLocal()).getMinX();
            assertTrue(answerRight <= cardLeft, "the answer lies beside its score rows: " + answerRight + " > " + cardLeft);
            assertEquals(given.localToScene(given.getBoundsInLocal()).getMinY(),
                    card.localToScene(card.getBoundsInLocal()).getMinY(), 1.0, "side by side, not stacked");
        }
        Screenshots.save(robot, stage.getScene(), "end-scoring-with-answers");
    }
}
