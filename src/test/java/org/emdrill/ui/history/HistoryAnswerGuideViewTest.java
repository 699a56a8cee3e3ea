package org.emdrill.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.emdrill.bank.BankLibrary;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QuestionKind;
import org.emdrill.domain.QuestionLevel;
import org.emdrill.domain.Scores;
import org.emdrill.settings.ColumnWidthStore;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.Styles;
import org.emdrill.ui.testing.TextChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** History's detail shows the answered question's guide as the banks have it, or says calmly it is gone. */
@ExtendWith(ApplicationExtension.class)
class HistoryAnswerGuideViewTest {

    @TempDir
    static Path dataDir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private HistoryFixture store;
    private AppState state;
    private HistoryViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        store = new HistoryFixture(dataDir.resolve("run-" + System.nanoTime()));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @AfterEach
    void close() throws Exception {
        worker.shutdownNow();
        worker.awaitTermination(5, TimeUnit.SECONDS);
        store.close();
    }

    private static Question guided() {
        return new Question("slipped", "Tell me about an engineer whose work slipped.", List.of(),
                Map.of(Dimension.COACHING, 3, Dimension.EXECUTION, 1), List.of(), List.of(), 150,
                QuestionLevel.NEW_MANAGER, List.of(), QuestionKind.STORY,
                "Whether you deal with slipping work early, fairly and with facts.",
                List.of("The facts you saw", "The first conversation", "What you agreed", "The result in numbers"),
                Map.of(QuestionLevel.NEW_MANAGER, "Names the facts and a dated check-in."));
    }

    private void open(FxRobot robot, BankLibrary library) {
        robot.interact(() -> {
            state = HistoryFixture.state();
            state.libraryProperty().set(library);
            model = new HistoryViewModel(store.services, new BackgroundRunner(worker), state, HistoryFixture.CLOCK,
                    ColumnWidthStore.NONE, new FakeFiles());
            Scene scene = new Scene(new HistoryView(model), 1280, 820);
            scene.getStylesheets().add(Styles.APP_CSS);
            stage.setScene(scene);
            stage.show();
        });
    }

    private void openTheAttempt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.rows().size() == 1);
        robot.interact(() -> model.open(model.rows().get(0)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.detailProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private static QuestionBank bankOf(Question q) {
        return new QuestionBank(1, "underperformers", "Handling underperforming engineers", "", List.of(q),
                BankSource.BUNDLED, "underperformers.json");
    }

    @Test
    void showsWhatTheQuestionTestsTheOutlineAndTheLevelExpectations(FxRobot robot) throws Exception {
        store.save(HistoryFixture.at("underperformers", "slipped", "Tell me about an engineer whose work slipped.",
                2, "I met them the same day.", "", Scores.none().with(Dimension.COACHING, 3), 3.0));
        open(robot, new BankLibrary(List.of(bankOf(guided())), List.of(), List.of()));
        openTheAttempt(robot);

        Node card = robot.lookup("#attempt-detail #answer-guide").query();
        List<String> texts = robot.from(card).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(texts.contains("What this tests"), texts.toString());
        assertEquals("Whether you deal with slipping work early, fairly and with facts.",
                robot.from(card).lookup(".answer-guide-assesses").queryAs(Label.class).getText());
        assertEquals(List.of("1.  The facts you saw", "2.  The first conversation", "3.  What you agreed",
                        "4.  The result in numbers"),
                robot.from(card).lookup(".outline-step").queryAllAs(Label.class).stream().map(Label::getText).toList());
        assertEquals("Names the facts and a dated check-in.", label(robot, "#expectation-new-manager").getText());
        assertTrue(TextChecks.cutShort(card).isEmpty(), TextChecks.cutShort(card).toString());

        // The card lies inside the detail's width, so nothing of it is cut off at the right.
        ScrollPane scroll = robot.lookup("#attempt-detail .scroll-pane").queryAs(ScrollPane.class);
        Bounds cardBounds = card.localToScene(card.getBoundsInLocal());
        Bounds scrollBounds = scroll.localToScene(scroll.getBoundsInLocal());
        assertTrue(cardBounds.getMaxX() <= scrollBounds.getMaxX() + 1, cardBounds + " within " + scrollBounds);
        assertTrue(cardBounds.getWidth() > 150, "the card has room to read: " + cardBounds);
        robot.interact(() -> scroll.setVvalue(1));
        org.emdrill.ui.testing.Screenshots.save(robot, stage.getScene(), "h13u-history-guide-light");
    }

    @Test
    void aQuestionNoLongerInAnyBankIsSaidCalmly(FxRobot robot) throws Exception {
        store.save(HistoryFixture.at("old-bank", "removed-question", "A question from a bank since deleted.",
                2, "My answer.", "", Scores.none().with(Dimension.COACHING, 3), 3.0));
        open(robot, new BankLibrary(List.of(bankOf(guided())), List.of(), List.of()));
        openTheAttempt(robot);

        assertTrue(robot.lookup("#attempt-detail #answer-guide").tryQuery().isEmpty(), "no guide of another question");
        Label gone = label(robot, "#detail-guide-gone");
        assertTrue(gone.getText().startsWith("This question is no longer in any of your banks"), gone.getText());
        assertFalse(gone.getStyleClass().contains("danger"), "said calmly, not as an error");
        assertEquals("A question from a bank since deleted.", label(robot, "#detail-prompt").getText());
    }

    @Test
    void theGuideFollowsTheBanksWhenTheyChange(FxRobot robot) throws Exception {
        store.save(HistoryFixture.at("underperformers", "slipped", "Tell me about an engineer whose work slipped.",
                2, "I met them the same day.", "", Scores.none().with(Dimension.COACHING, 3), 3.0));
        open(robot, BankLibrary.empty());
        openTheAttempt(robot);
        assertTrue(robot.lookup("#detail-guide-gone").tryQuery().isPresent());

        robot.interact(() -> state.libraryProperty().set(
                new BankLibrary(List.of(bankOf(guided())), List.of(), List.of())));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#detail-guide-gone").tryQuery().isEmpty());
        assertEquals("Names the facts and a dated check-in.", label(robot, "#expectation-new-manager").getText());
    }
}
