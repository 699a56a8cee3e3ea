package org.emdrill.ui.history;

import org.emdrill.settings.ColumnWidthStore;
import org.emdrill.ui.testing.Screenshots;
import static org.emdrill.ui.history.HistoryFixture.spoken;
import static org.emdrill.ui.history.HistoryFixture.typed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.emdrill.bank.RubricLoader;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Rubric;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.Styles;
import org.emdrill.ui.shell.MainWindow;
import org.emdrill.ui.shell.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The History screen driven as a user does, over a real store in a temp folder. */
@ExtendWith(ApplicationExtension.class)
class HistoryViewTest {

    @TempDir
    static Path dataDir;

    private static final Rubric RUBRIC = new RubricLoader().load().value();

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final FakeFiles files = new FakeFiles();
    private HistoryFixture store;
    private HistoryViewModel model;
    private Stage stage;
    private Scene scene;

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

    /** Opens the screen in a window of the given size, as the app builds it. */
    private void open(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            AppState state = HistoryFixture.state();
            state.rubricProperty().set(RUBRIC);
            model = new HistoryViewModel(store.services, new BackgroundRunner(worker), state, HistoryFixture.CLOCK,
                    ColumnWidthStore.NONE, files);
            // Inside the real window frame, so the screen gets the width it gets in the app.
            MainWindow window = new MainWindow(state, Map.of(
                    Screen.PRACTICE, () -> new Label("Practice"),
                    Screen.HISTORY, () -> new HistoryView(model),
                    Screen.BANKS, () -> new Label("Banks"),
                    Screen.SETTINGS, () -> new Label("Settings")));
            window.show(Screen.HISTORY);
            scene = new Scene(window, width, height);
            scene.getStylesheets().add(Styles.APP_CSS);
            stage.setScene(scene);
            stage.sizeToScene();
            stage.show();
        });
    }

    private void seedThree() {
        store.save(typed("Tell me about a time you coached an engineer who was stuck.", 0, 95, 120, 3));
        store.save(spoken("Describe a disagreement with your product manager.", 24));
        store.save(new Attempt(0, "underperformers", "Handling underperforming engineers", "slipped",
                "Tell me about the first conversation you had with an engineer whose work had slipped.",
                AnswerMode.TYPED, Duration.ofSeconds(35), Duration.ofSeconds(165), 150,
                "I booked a private one-to-one and started with what I had observed: three missed reviews "
                        + "and a sprint goal slipping.\nI asked what they saw, and listened.\n\n"
                        + "We agreed two concrete, time-bound expectations and a check-in every Friday.",
                "Say more about the result: what changed after four weeks?",
                new Scores(Map.of(Dimension.COACHING, 4, Dimension.LEADERSHIP, 3, Dimension.EXECUTION, 5)),
                EnumSet.of(StarElement.SITUATION, StarElement.ACTION, StarElement.RESULT),
                3.833, HistoryFixture.MONDAY.plus(Duration.ofHours(47)),
                HistoryFixture.MONDAY.plus(Duration.ofHours(48))));
    }

    private static TableView<HistoryRow> table(FxRobot robot) {
        return robot.lookup("#history-table").queryTableView();
    }

    private static void waitForRows(FxRobot robot, int count) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().size() == count);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The texts the user sees in one table row, left to right. */
    private static List<String> cellTexts(FxRobot robot, int rowIndex) {
        return cells(robot, rowIndex).stream().map(TableCell::getText).toList();
    }

    private static List<TableCell<?, ?>> cells(FxRobot robot, int rowIndex) {
        TableView<HistoryRow> table = table(robot);
        TableRow<?> row = robot.lookup("#history-table .table-row-cell")
                .match((TableRow<?> r) -> r.getIndex() == rowIndex && !r.isEmpty())
                .queryAs(TableRow.class);
        List<TableCell<?, ?>> cells = new ArrayList<>();
        for (Node n : row.getChildrenUnmodifiable()) {
            if (n instanceof TableCell<?, ?> c && c.isVisible()) {
                cells.add(c);
            }
        }
        cells.sort(Comparator.comparingInt(c -> table.getVisibleLeafIndex((TableColumn<HistoryRow, ?>) c.getTableColumn())));
        return cells;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void listsAttemptsNewestFirstWithDateBankQuestionModeTimeAndScore(FxRobot robot) throws Exception {
        seedThree();
        open(robot, 1280, 820);
        waitForRows(robot, 3);

        assertEquals("3 attempts", text(robot, "#history-count"));
        assertEquals(List.of("Date", "Bank", "Question", "Mode", "Time / target", "Score"),
                table(robot).getColumns().stream().map(c -> c.getText()).toList());
        List<String> newest = cellTexts(robot, 0);
        assertEquals(List.of("Handling underperforming engineers",
                "Tell me about the first conversation you had with an engineer whose work had slipped.",
                "Typed", "2:45 / 2:30", "3.8"), newest.subList(1, 6));
        assertFalse(newest.get(0).isBlank(), "a readable date");
        assertTrue(cells(robot, 0).get(4).getStyleClass().contains(Styles.OVER_TARGET), "over target is marked");

        assertEquals(List.of("Conflict", "Describe a disagreement with your product manager.", "Spoken",
                "1:40 / 2:00", "–"), cellTexts(robot, 1).subList(1, 6));
        assertFalse(cells(robot, 1).get(4).getStyleClass().contains(Styles.OVER_TARGET));
        assertEquals("Tell me about a time you coached an engineer who was stuck.", cellTexts(robot, 2).get(2));
    }

    @Test
    void enterOnARowOpensEverythingSavedWithIt(FxRobot robot) throws Exception {
        seedThree();
        open(robot, 1280, 820);
        waitForRows(robot, 3);

        robot.clickOn(cells(robot, 1).get(2));
        robot.type(KeyCode.UP);
        robot.type(KeyCode.ENTER);
        String prompt = "Tell me about the first conversation you had with an engineer whose work had slipped.";
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#detail-prompt").tryQuery().map(n -> prompt.equals(((Label) n).getText())).orElse(false));

        TextArea answer = robot.lookup("#detail-answer").queryAs(TextArea.class);
        assertTrue(answer.getText().startsWith("I booked a private one-to-one"), answer.getText());
        assertFalse(answer.isEditable());
        assertEquals("Say more about the result: what changed after four weeks?",
                robot.lookup("#detail-notes").queryAs(TextArea.class).getText());
        assertEquals("4 / 5", text(robot, "#detail-score-coaching"));
        assertEquals(RUBRIC.describe(Dimension.COACHING, 4), text(robot, "#detail-rubric-coaching"));
        assertEquals("not shown", text(robot, "#detail-score-strategic-thinking"));
        assertEquals("3.8", text(robot, "#detail-overall"));
        assertEquals("2:45 / 2:30", text(robot, "#detail-answer-time"));
        assertEquals("0:35", text(robot, "#detail-prep-time"));
        assertEquals("Handling underperforming engineers", text(robot, "#detail-bank"));
        assertTrue(robot.lookup("#star-situation").query().getStyleClass().contains("ticked"));
        assertTrue(robot.lookup("#star-task").query().getStyleClass().contains("unticked"));

        Screenshots.save(robot, scene, "history-1280x820");
        robot.interact(() -> {
            stage.setX(0);
            stage.setWidth(1600);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, scene, "history-1600x820");
    }

    @Test
    void aSpokenAnswerWithoutTextSaysItWasSpoken(FxRobot robot) throws Exception {
        seedThree();
        open(robot, 840, 640);
        waitForRows(robot, 3);

        assertFalse(table(robot).getColumns().get(1).isVisible(), "no room for the bank column; the detail names it: table " + table(robot).getWidth() + " in " + scene.getWidth());
        robot.doubleClickOn(cells(robot, 1).get(1));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#detail-answer-note").tryQuery().isPresent());
        assertTrue(text(robot, "#detail-answer-note").startsWith("Spoken answer"));
        assertEquals("–", text(robot, "#detail-overall"));
        Screenshots.save(robot, scene, "history-840x640-spoken");
    }

    @Test
    void deleteHappensAtOnceAndUndoBringsItBack(FxRobot robot) throws Exception {
        seedThree();
        open(robot, 1280, 820);
        waitForRows(robot, 3);

        robot.clickOn(cells(robot, 0).get(2));
        robot.type(KeyCode.DELETE);
        waitForRows(robot, 2);
        assertEquals(2, store.attempts.count(), "no dialog: deleted at once");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#undo-bar").query().isVisible());
        assertEquals("Attempt deleted", text(robot, "#undo-text"));
        assertEquals("Describe a disagreement with your product manager.", cellTexts(robot, 0).get(2));
        Screenshots.save(robot, scene, "history-undo-bar");

        robot.clickOn("#undo-delete");
        waitForRows(robot, 3);
        assertEquals(3, store.attempts.count());
        assertFalse(robot.lookup("#undo-bar").query().isVisible());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#detail-prompt").tryQuery()
                .map(n -> ((Label) n).getText().contains("whose work had slipped")).orElse(false));

        robot.clickOn("#delete-attempt");
        waitForRows(robot, 2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "2 attempts".equals(text(robot, "#history-count")));
    }

    @Test
    void withNoAttemptsShowsAFriendlyHintToPractise(FxRobot robot) throws Exception {
        open(robot, 1280, 820);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#history-empty").query().isVisible());

        assertFalse(robot.lookup("#history-split").query().isVisible());
        assertEquals("No attempts yet", text(robot, "#history-count"));
        assertTrue(robot.lookup("#delete-attempt").tryQuery().map(n -> !n.isVisible()).orElse(true),
                "nothing to delete");
        Screenshots.save(robot, scene, "history-empty");
    }
}
