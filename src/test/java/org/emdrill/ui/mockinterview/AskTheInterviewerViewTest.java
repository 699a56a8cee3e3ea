package org.emdrill.ui.mockinterview;

import static org.emdrill.ui.testing.UserView.label;
import static org.emdrill.ui.testing.UserView.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.emdrill.bank.AskLoader;
import org.emdrill.domain.InterviewerQuestions;
import org.emdrill.practice.mockinterview.ScoringTiming;
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

/** The questions to ask your interviewer: their own page, reached from set-up and offered on the summary. */
@ExtendWith(ApplicationExtension.class)
class AskTheInterviewerViewTest {

    @TempDir
    Path dataDir;
    private Stage stage;
    private InterviewFixture f;
    private MockInterviewViewModel vm;
    private final InterviewerQuestions shipped = new AskLoader().load().value();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get(5, TimeUnit.SECONDS);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        if (vm != null) {
            InterviewFixture.onFx(vm::stopTicking);
        }
        if (f != null) {
            f.drain();
            f.close();
        }
    }

    private void open(FxRobot robot, boolean dark) throws Exception {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        f = new InterviewFixture(dataDir, InterviewFixture.small(), false);
        robot.interact(() -> {
            vm = new MockInterviewViewModel(f.state, f.runner, f.sessions, f.presets, f.interviewRecorder(), f.drafts,
                    f.ticker, f.clock, new Random(3), f.audio);
            vm.ask().use(shipped);
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

    @Test
    void listsTheQuestionsByGroupWithACopyButtonEachAndCopyAll(FxRobot robot) throws Exception {
        assertTrue(shipped.count() >= 25, "the shipped list");
        open(robot, false);
        assertFalse(shown(robot.lookup("#ask-page").query()));
        robot.clickOn("#open-ask");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot.lookup("#ask-page").query()));
        assertFalse(shown(robot.lookup("#start-interview").query()), "the page replaces the set-up while open");
        assertEquals("Questions to ask your interviewer", label(robot, "#ask-title"));

        for (int g = 0; g < shipped.groups().size(); g++) {
            InterviewerQuestions.Group group = shipped.groups().get(g);
            Node card = robot.lookup("#ask-group-" + g).query();
            assertEquals(group.title(), robot.from(card).lookup(".section-title").queryAs(Label.class).getText());
            List<String> shown = robot.from(card).lookup(".ask-question").queryAllAs(Label.class).stream()
                    .map(Label::getText).toList();
            assertEquals(group.questions(), shown);
        }
        Node page = robot.lookup("#ask-page").query();
        assertTrue(TextChecks.cutShort(page).isEmpty(), TextChecks.cutShort(page).toString());
        Node copyButton = robot.lookup("#ask-copy-0-0").query();
        Bounds b = copyButton.localToScene(copyButton.getBoundsInLocal());
        assertTrue(b.getMaxX() <= stage.getScene().getWidth(), "the copy button is inside the window: " + b);
        Screenshots.save(robot, stage.getScene(), "h13u-ask-light");

        String first = shipped.groups().get(0).questions().get(0);
        robot.clickOn("#ask-copy-0-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, InterviewFixture.fx(() -> Clipboard.getSystemClipboard().getString()));
        assertEquals("Copied \u201c" + first + "\u201d", label(robot, "#ask-notice"));

        robot.clickOn("#ask-copy-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(shipped.asText(), InterviewFixture.fx(() -> Clipboard.getSystemClipboard().getString()));

        robot.clickOn("#ask-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown(robot.lookup("#ask-page").query()));
        assertTrue(shown(robot.lookup("#start-interview").query()));
    }

    @Test
    void theSummaryOfAnInterviewOffersTheQuestionsToAsk(FxRobot robot) throws Exception {
        open(robot, true);
        robot.interact(() -> {
            vm.setup().followUpsProperty().set(0);
            vm.setup().scoringProperty().set(ScoringTiming.AT_END);
        });
        robot.clickOn("#mode-typed");
        robot.clickOn("#start-interview");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot.lookup("#interview-prompt").query()));
        robot.clickOn("#interview-skip-question");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#summary-ask-offer").tryQuery().map(n -> shown(n)).orElse(false));
        assertEquals("A real loop ends with your questions \u2014 see questions to ask.",
                label(robot, "#summary-ask-offer"));
        Screenshots.save(robot, stage.getScene(), "h13u-summary-ask-dark");

        robot.clickOn("#summary-open-ask");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot.lookup("#ask-page").query()));
        assertEquals(shipped.groups().get(0).questions().get(0), label(robot, "#ask-question-0-0"));
        Screenshots.save(robot, stage.getScene(), "h13u-ask-dark");
        robot.clickOn("#ask-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot.lookup("#summary-ask-offer").query()), "back where the user was");
    }
}
