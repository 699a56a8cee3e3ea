package org.emdrill.ui.history;

import org.emdrill.settings.ColumnWidthStore;
import org.emdrill.ui.testing.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.emdrill.bank.BankLibrary;
import org.emdrill.bank.RubricLoader;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
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

/** Filtering, revising, comparing and importing on the History screen, driven as a user does. */
@ExtendWith(ApplicationExtension.class)
class HistoryWorkflowViewTest {

    @TempDir
    static Path dataDir;

    private static final String QUESTION = "Tell me about the first conversation you had with an engineer whose work "
            + "had slipped.";

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final FakeFiles files = new FakeFiles();
    private HistoryFixture store;
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

    private void open(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            AppState state = new AppState(new BankLibrary(List.of(bank()), List.of(), List.of()),
                    new RubricLoader().load().value(), org.emdrill.settings.Settings.defaults());
            HistoryViewModel model = new HistoryViewModel(store.services, new BackgroundRunner(worker), state,
                    HistoryFixture.CLOCK, ColumnWidthStore.NONE, files);
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

    private static QuestionBank bank() {
        Question q = new Question("slipped", QUESTION, List.of(),
                Map.of(Dimension.COACHING, 3, Dimension.LEADERSHIP, 2, Dimension.EXECUTION, 1),
                List.of(), List.of(), 150, null, List.of());
        return new QuestionBank(1, "underperformers", "Handling underperforming engineers", "", List.of(q),
                BankSource.BUNDLED, "underperformers.json");
    }

    private static final String FIRST_ANSWER = "At the time I led a team of six. An engineer kept missing reviews. "
            + "I talked to him, um, basically once. We moved on.";
    private static final String BEST_ANSWER = """
            At my last company I led a team of eight engineers on the payments platform, and one senior engineer \
            had missed three code reviews in a row while a sprint goal was slipping.
            My goal was to find out what was really going on before deciding anything, and I needed to keep the \
            trust of the team.
            First I booked a private one-to-one and started with what I had observed: three missed reviews and a \
            slipping sprint goal. I asked what he saw, and I listened. It turned out he was, like, carrying an \
            on-call load nobody had noticed. I worked with the team to rebalance on-call, and we agreed two \
            concrete, time-bound expectations. I also set up a check-in every Friday, and I wrote down what we \
            agreed so there was no doubt later.
            As a result his reviews were back on time within three weeks, and the sprint goal was met.
            Looking back, I would have noticed the on-call load sooner; I now review it every month.""";

    private void seed() {
        store.save(new Attempt(0, "underperformers", "Handling underperforming engineers", "slipped", QUESTION,
                AnswerMode.TYPED, Duration.ofSeconds(20), Duration.ofSeconds(70), 150, FIRST_ANSWER, "Too thin.",
                new Scores(Map.of(Dimension.COACHING, 2, Dimension.LEADERSHIP, 2)), java.util.EnumSet.of(StarElement.SITUATION),
                2.0, HistoryFixture.MONDAY.minusSeconds(90), HistoryFixture.MONDAY));
        store.save(HistoryFixture.typed("Tell me about a time you coached an engineer who was stuck.", 5, 95, 120, 3));
        store.save(HistoryFixture.spoken("Describe a disagreement with your product manager.", 24));
        store.save(new Attempt(0, "underperformers", "Handling underperforming engineers", "slipped", QUESTION,
                AnswerMode.TYPED, Duration.ofSeconds(35), Duration.ofSeconds(165), 150, BEST_ANSWER,
                "Say more about the result: what changed after four weeks?",
                new Scores(Map.of(Dimension.COACHING, 4, Dimension.LEADERSHIP, 3, Dimension.EXECUTION, 5)),
                java.util.EnumSet.of(StarElement.SITUATION, StarElement.ACTION, StarElement.RESULT),
                3.833, HistoryFixture.MONDAY.plus(Duration.ofHours(47)), HistoryFixture.MONDAY.plus(Duration.ofHours(48))));
    }

    private static TableView<HistoryRow> table(FxRobot robot) {
        return robot.lookup("#history-table").queryTableView();
    }

    private static void waitForRows(FxRobot robot, int count) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().size() == count);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void openRow(FxRobot robot, int index) throws Exception {
        robot.interact(() -> table(robot).getSelectionModel().select(index));
        waitFor(robot, "#detail-prompt");
    }

    @Test
    void typingInTheSearchNarrowsTheListAndClearBringsEverythingBack(FxRobot robot) throws Exception {
        seed();
        open(robot, 1280, 820);
        waitForRows(robot, 4);

        robot.clickOn("#filter-text").write("on-call");
        waitForRows(robot, 1);
        assertEquals("1 of 4 attempts", text(robot, "#history-count"));
        assertEquals(QUESTION, table(robot).getItems().get(0).prompt());

        robot.clickOn("#filter-more");
        waitFor(robot, "#filter-second-row");
        openRow(robot, 0);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#detail-analytics").tryQuery().isPresent());
        Screenshots.save(robot, scene, "history-filtered-1280x820");

        robot.clickOn("#filter-clear");
        waitForRows(robot, 4);
        assertEquals("", robot.lookup("#filter-text").queryTextInputControl().getText());
        assertEquals("4 attempts", text(robot, "#history-count"));
    }

    @Test
    void clickingAHeaderSortsTheWholeHistoryInTheDatabase(FxRobot robot) throws Exception {
        seed();
        open(robot, 1280, 820);
        waitForRows(robot, 4);

        clickHeader(robot, "col-score");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "2.0".equals(table(robot).getItems().get(0).scoreText()));
        assertEquals(List.of("2.0", "3.0", "3.8", "–"),
                table(robot).getItems().stream().map(HistoryRow::scoreText).toList(), "unscored last");

        clickHeader(robot, "col-score");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "3.8".equals(table(robot).getItems().get(0).scoreText()));
        assertEquals(List.of("3.8", "3.0", "2.0", "–"),
                table(robot).getItems().stream().map(HistoryRow::scoreText).toList());
    }

    private static void clickHeader(FxRobot robot, String columnId) {
        Node header = robot.lookup("#history-table .column-header")
                .match((Node n) -> columnId.equals(n.getId())).query();
        robot.clickOn(header);
    }

    @Test
    void theDetailReadsTheTypedAnswer(FxRobot robot) throws Exception {
        seed();
        open(robot, 1280, 820);
        waitForRows(robot, 4);
        openRow(robot, 0);
        waitFor(robot, "#detail-analytics");

        int words = org.emdrill.insights.AnswerAnalytics.analyse(BEST_ANSWER).words();
        assertEquals(words + " words", text(robot, "#analytics-words"));
        assertTrue(text(robot, "#analytics-fillers-sub").contains("“like” ×1"), text(robot, "#analytics-fillers-sub"));
        assertTrue(text(robot, "#analytics-pronouns").startsWith("I "), text(robot, "#analytics-pronouns"));
        assertTrue(robot.lookup("#analytics-star-reflection").query().getStyleClass().contains("covered"));
        assertTrue(robot.lookup("#analytics-split-action").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#detail-analytics").query().getParent()
                .getParent().getParent().getParent().requestLayout());
        scrollDetailTo(robot, "#detail-analytics");
        Screenshots.save(robot, scene, "history-analytics-1280x820");
    }

    private void scrollDetailTo(FxRobot robot, String query) {
        robot.interact(() -> {
            javafx.scene.control.ScrollPane scroll = robot.lookup("#attempt-detail .scroll-pane")
                    .queryAs(javafx.scene.control.ScrollPane.class);
            Node target = robot.lookup(query).query();
            double y = target.localToScene(0, 0).getY() - scroll.getContent().localToScene(0, 0).getY();
            double range = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(range <= 0 ? 0 : Math.min(1, (y - 12) / range));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void revisingAScoreSavesItAndSaysWhen(FxRobot robot) throws Exception {
        seed();
        open(robot, 1280, 820);
        waitForRows(robot, 4);
        openRow(robot, 0);

        robot.clickOn("#revise-attempt");
        waitFor(robot, "#revise-coaching");
        scrollDetailTo(robot, "#revise-coaching");
        robot.clickOn("#revise-coaching-5");
        assertEquals("Overall becomes 4.3", text(robot, "#revise-preview"), "(5×3 + 3×2 + 5×1) / 6");
        assertTrue(text(robot, "#revise-weights").contains("Coaching ×3"));
        Screenshots.save(robot, scene, "history-revising-1280x820");
        robot.clickOn("#revise-save");

        waitFor(robot, "#detail-revised");
        assertTrue(text(robot, "#detail-revised").startsWith("Revised "));
        assertEquals("5 / 5", text(robot, "#detail-score-coaching"));
        assertEquals("4.3", text(robot, "#detail-overall"));
        Attempt saved = store.attempts.find(table(robot).getItems().get(0).id()).orElseThrow();
        assertEquals(5, saved.scores().of(Dimension.COACHING).orElseThrow());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "4.3".equals(table(robot).getItems().get(0).scoreText()));
    }

    @Test
    void compareShowsTheAttemptsAtTheQuestionSideBySide(FxRobot robot) throws Exception {
        seed();
        open(robot, 1280, 820);
        waitForRows(robot, 4);
        openRow(robot, 0);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#compare-attempts").queryButton().getText().endsWith("(2)"));
        robot.clickOn("#compare-attempts");
        waitFor(robot, "#compare-column-2");

        assertEquals("2 attempts, oldest first", text(robot, "#compare-summary"));
        assertEquals(QUESTION, text(robot, "#compare-prompt"));
        assertEquals("2.0", text(robot, "#compare-overall-1"));
        assertEquals("3.8", text(robot, "#compare-overall-2"));
        assertEquals("▲ 1.8", text(robot, "#compare-change-2"));
        assertTrue(text(robot, "#compare-answer-1").startsWith("At the time I led a team of six."));
        assertFalse(robot.lookup("#history-list").query().isVisible(), "the list makes way");
        Screenshots.save(robot, scene, "history-compare-1280x820");

        robot.interact(() -> stage.setWidth(960));
        robot.interact(() -> stage.setHeight(640));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, scene, "history-compare-960x640");

        robot.clickOn("#compare-back");
        waitFor(robot, "#history-list");
        assertEquals(4, table(robot).getItems().size());
    }

    @Test
    void importShowsTheSummaryAndEveryRejectedAttemptWithItsPath(FxRobot robot) throws Exception {
        seed();
        Path export = dataDir.resolve("export-" + System.nanoTime() + ".json");
        store.services.transfer().exportJson(org.emdrill.store.AttemptFilter.ALL, export);
        Files.writeString(export, Files.readString(export).replaceFirst("\"coaching\"\\s*:\\s*2", "\"coaching\" : 7"));
        store.database.inTransaction(c -> c.createStatement().executeUpdate("DELETE FROM attempts"));
        open(robot, 960, 640);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#history-empty").query().isVisible());
        files.importSource = export;

        robot.clickOn("#import-history");
        waitFor(robot, "#import-summary");
        waitForRows(robot, 3);

        assertEquals("Added 3 attempts; 1 was rejected.", text(robot, "#import-summary"));
        assertTrue(robot.lookup(".import-path").queryAs(Label.class).getText().startsWith("attempts["));
        Screenshots.save(robot, scene, "history-import-960x640");
        robot.clickOn("#import-dismiss");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#import-report").query().isVisible());
    }

    @Test
    void fitsA960By640Window(FxRobot robot) throws Exception {
        seed();
        open(robot, 960, 640);
        waitForRows(robot, 4);
        openRow(robot, 0);
        robot.clickOn("#filter-more");
        waitFor(robot, "#filter-second-row");
        Screenshots.save(robot, scene, "history-960x640");

        Node clear = robot.lookup("#filter-clear").query();
        assertTrue(clear.localToScene(clear.getBoundsInLocal()).getMaxX() <= 960, "filters wrap instead of clipping");
        Node export = robot.lookup("#export-history").query();
        assertTrue(export.localToScene(export.getBoundsInLocal()).getMaxX() <= 960);
    }
}
