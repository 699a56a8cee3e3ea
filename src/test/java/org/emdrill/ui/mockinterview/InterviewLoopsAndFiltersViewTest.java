package org.emdrill.ui.mockinterview;

import static org.emdrill.ui.testing.UserView.label;
import static org.emdrill.ui.testing.UserView.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.emdrill.bank.BankLibrary;
import org.emdrill.bank.LoopLoader;
import org.emdrill.domain.InterviewLoop;
import org.emdrill.domain.LoopQuestion;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.practice.mockinterview.InterviewPreset;
import org.emdrill.store.SessionRepository;
import org.emdrill.ui.common.BankChoice;
import org.emdrill.ui.common.Styles;
import org.emdrill.ui.testing.Screenshots;
import org.emdrill.ui.testing.TextChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Mock interview set-up's kind and level filter and its interview-loop presets, as a user sees them. */
@ExtendWith(ApplicationExtension.class)
class InterviewLoopsAndFiltersViewTest {

    @TempDir
    Path dataDir;
    private Stage stage;
    private InterviewFixture f;
    private MockInterviewViewModel vm;

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

    private void open(FxRobot robot, BankLibrary library, List<InterviewLoop> loops) throws Exception {
        f = new InterviewFixture(dataDir, library, false);
        robot.interact(() -> {
            vm = new MockInterviewViewModel(f.state, f.runner, f.sessions, f.presets, f.interviewRecorder(), f.drafts,
                    f.ticker, f.clock, new Random(3), f.audio);
            vm.useLoops(loops);
            MockInterviewView view = new MockInterviewView(vm, new MockInterviewViewTest.FakeDialogs());
            Region sidebar = new Region();
            sidebar.setMinWidth(190);
            sidebar.getStyleClass().add(Styles.SIDEBAR);
            HBox.setHgrow(view, Priority.ALWAYS);
            Scene scene = new Scene(new HBox(sidebar, view), 1280, 820);
            scene.getStylesheets().add(Styles.APP_CSS);
            stage.setScene(scene);
            stage.show();
        });
        f.drain();
    }

    private static List<InterviewLoop> shippedLoops() {
        return new LoopLoader().load((java.util.Set<String>) null).loops();
    }

    private Button start(FxRobot robot) {
        return robot.lookup("#start-interview").queryAs(Button.class);
    }

    @Test
    void aKindAndLevelNarrowTheCountsAndAFilterWithNothingLeftDisablesStart(FxRobot robot) throws Exception {
        open(robot, InterviewFixture.bundled(dataDir), List.of());
        robot.interact(() -> vm.setup().questionCountProperty().set(3));
        ListView<BankChoice> banks = robot.lookup("#bank-options").queryListView();
        BankChoice first = banks.getItems().get(0);
        int all = first.bank().questions().size();
        assertEquals(first.bank().title() + "  (" + all + ")", first.toString());

        robot.clickOn("#interview-kind").clickOn("Stories");
        WaitForAsyncUtils.waitForFxEvents();
        long stories = first.bank().questions().stream()
                .filter(q -> q.kind() == org.emdrill.domain.QuestionKind.STORY).count();
        assertTrue(stories > 0 && stories < all, "the bundled bank mixes kinds");
        assertEquals(first.bank().title() + "  (" + stories + " of " + all + ")", first.toString());
        assertTrue(label(robot, "#planned").startsWith("Planned: about"), label(robot, "#planned"));
        assertFalse(start(robot).isDisabled());
        Screenshots.save(robot, stage.getScene(), "h13u-interview-filter-light");
        assertTrue(TextChecks.cutShort(robot.lookup("#interview-filter").query()).isEmpty(),
                TextChecks.cutShort(robot.lookup("#interview-filter").query()).toString());
        // The drop-downs stay inside the banks card of the narrow right column.
        javafx.scene.Node level = robot.lookup("#interview-level").query();
        javafx.scene.Node card = robot.lookup("#interview-filter").query().getParent();
        double levelRight = level.localToScene(level.getBoundsInLocal()).getMaxX();
        double cardRight = card.localToScene(card.getBoundsInLocal()).getMaxX();
        assertTrue(levelRight <= cardRight, levelRight + " inside " + cardRight);

        // Only a bank of stories ticked, asked for scenarios: nothing is left to ask.
        robot.interact(() -> {
            banks.getItems().forEach(b -> b.selectedProperty().set(false));
            vm.setup().filter().kindProperty().set(org.emdrill.domain.QuestionKind.SCENARIO);
        });
        BankLibrary storiesOnly = new BankLibrary(List.of(new org.emdrill.domain.QuestionBank(1, "s", "Stories only", "",
                first.bank().questions().stream().filter(q -> q.kind() == org.emdrill.domain.QuestionKind.STORY).toList(),
                org.emdrill.domain.BankSource.BUNDLED, "s.json")), List.of(), List.of());
        robot.interact(() -> f.state.libraryProperty().set(storiesOnly));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No scenarios in the chosen banks: choose another kind or level.", label(robot, "#planned"));
        assertTrue(start(robot).isDisabled(), "nothing to ask, so it cannot start");

        robot.clickOn("#interview-kind").clickOn("Any kind");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(start(robot).isDisabled());
    }

    @Test
    void aLoopIsAPresetInItsOwnGroupAndAsksExactlyItsQuestionsWithTheirTimes(FxRobot robot) throws Exception {
        List<InterviewLoop> loops = shippedLoops();
        assertEquals(4, loops.size(), "the shipped loops");
        open(robot, InterviewFixture.bundled(dataDir), loops);
        InterviewLoop startup = loops.stream().filter(l -> l.id().equals("startup-director")).findFirst().orElseThrow();

        ComboBox<InterviewPreset> presets = robot.lookup("#preset").queryComboBox();
        assertEquals(List.of("Quick question", "Full loop", "Weakest area"),
                presets.getItems().subList(0, 3).stream().map(InterviewPreset::name).toList());
        assertEquals(loops.stream().map(InterviewLoop::title).toList(),
                presets.getItems().subList(3, 7).stream().map(InterviewPreset::name).toList());
        robot.clickOn("#preset");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Loops", label(robot, "#preset-group-loops"));
        robot.clickOn(PresetCell.listText(presets.getItems().get(3 + loops.indexOf(startup))));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(startup.title(), presets.getValue().name());
        assertTrue(robot.lookup("#question-count").query().isDisabled(), "a loop has its own questions");
        assertTrue(shown(robot.lookup("#loop-note").query()));
        long minutes = Math.round(startup.plannedTime().toSeconds() / 60.0);
        assertEquals("Planned: about " + minutes + " minutes for " + startup.questions().size()
                + " questions (thinking time, answers and follow-ups)", label(robot, "#planned"));
        Screenshots.save(robot, stage.getScene(), "h13u-interview-loop-light");

        robot.clickOn("#mode-typed");
        robot.clickOn("#start-interview");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot.lookup("#interview-prompt").query()));
        assertEquals("Question 1 of " + startup.questions().size(), label(robot, "#interview-progress"));
        LoopQuestion firstOfLoop = startup.questions().get(0);
        QueuedQuestion expected = f.state.library().question(firstOfLoop.questionId()).orElseThrow();
        assertEquals(expected.question().prompt(), label(robot, "#interview-prompt"));
        // Saved like any preset: the session row carries the loop's name and its questions.
        f.drain();
        SessionRepository.Session saved = f.sessions.listNewestFirst(5, 0).get(0);
        assertEquals(startup.title(), saved.preset());
        assertEquals(Duration.ofSeconds(firstOfLoop.answerSeconds()), saved.config().targetFor(expected.question()),
                "the loop's own time budget");
        assertEquals(startup.questionIds(), saved.config().loopQuestions().stream()
                .map(LoopQuestion::questionId).toList());
    }

    @Test
    void aLoopQuestionNoLongerInTheBanksIsSkippedWithANote(FxRobot robot) throws Exception {
        InterviewLoop withAGap = new InterviewLoop("gap", "Loop with a gap", "", 30, 0, 0, 60, List.of(
                new LoopQuestion("a1", 200, ""), new LoopQuestion("retired-question", 200, ""),
                new LoopQuestion("b2", 180, "")), "gap.json");
        open(robot, InterviewFixture.small(), List.of(withAGap));
        ComboBox<InterviewPreset> presets = robot.lookup("#preset").queryComboBox();
        robot.interact(() -> presets.setValue(presets.getItems().get(3)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(label(robot, "#planned").endsWith("1 question of this loop is not in your banks and will be skipped."),
                label(robot, "#planned"));

        robot.clickOn("#mode-typed");
        robot.clickOn("#start-interview");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot.lookup("#interview-prompt").query()));
        assertEquals("Question 1 of 2", label(robot, "#interview-progress"));
        assertEquals("Tell me about a1.", label(robot, "#interview-prompt"));
        assertTrue(robot.lookup(".status").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> shown(l) && l.getText().equals(
                        "Skipped 1 question of this loop that your banks no longer have: retired-question.")),
                "the skip is said where the user looks");
    }
}
