package org.emdrill.ui.banks;

import org.emdrill.bank.BankJson;
import org.emdrill.ui.testing.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.emdrill.bank.BankLibraryLoader;
import org.emdrill.bank.UserBanks;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Rubric;
import org.emdrill.settings.Settings;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.Styles;

@ExtendWith(ApplicationExtension.class)
class BanksViewTest {

    @TempDir
    static Path temp;

    private Path dataDir;
    private Path userFolder;
    private AppState state;
    private BanksViewModel model;
    private Scene scene;
    private ExecutorService worker;

    @Start
    void start(Stage stage) throws Exception {
        dataDir = Files.createTempDirectory(temp, "data");
        userFolder = dataDir.resolve("banks");
        BankJson.write(userFolder, "mine.json", BankJson.bank("mine", "My own practice questions", "mine-delegation"));
        BankJson.write(userFolder, "broken.json", BankJson.BROKEN);
        state = new AppState(BankLibraryLoader.forDataDir(dataDir).load(), Rubric.empty(), Settings.defaults());
        worker = Executors.newSingleThreadExecutor();
        model = new BanksViewModel(state, new BackgroundRunner(worker), new UserBanks(dataDir, userFolder), new BanksViewModelTest.FakeDialogs());
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        scene = new Scene(new BanksView(model), 1090, 820);
        scene.getStylesheets().add(Styles.APP_CSS);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        worker.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void listsBundledBanksFirstWithTheirQuestionCounts(FxRobot robot) throws Exception {
        ListView<BankSummary> list = robot.lookup("#bank-list").queryListView();
        int bundled = (int) state.library().banks().stream().filter(b -> b.source() == BankSource.BUNDLED).count();
        assertTrue(bundled >= 5, "the bundled banks are on the test class path");
        assertEquals(bundled + 1, list.getItems().size());

        var first = state.library().banks().get(0);
        String count = first.questions().size() + " questions";
        assertTrue(robot.lookup(first.title()).tryQuery().isPresent());
        assertTrue(robot.lookup(".bank-list .cell-meta").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().equals(count)));
        reveal(robot, "mine");
        assertTrue(robot.lookup("Yours").tryQuery().isPresent());

        robot.clickOn("My own practice questions");
        robot.clickOn(node(robot, "#question-list .question-prompt"));
        WaitForAsyncUtils.waitForFxEvents();
        Label prompt = robot.lookup("#preview-prompt").queryAs(Label.class);
        assertTrue(prompt.getText().contains("mine-delegation"));
        assertTrue(robot.lookup("SIGNALS OF A STRONG ANSWER").tryQuery().isPresent());
        assertTrue(robot.lookup("Agrees concrete expectations").tryQuery().isPresent());
        assertTrue(robot.lookup("Blames the engineer").tryQuery().isPresent());
        shoot("banks-question");
    }

    @Test
    void previewShowsWhatAQuestionTestsItsOutlineAndAnyLevel(FxRobot robot) throws Exception {
        var bank = state.library().bank("engineer-to-manager").orElseThrow();
        var question = bank.questions().stream().filter(q -> q.level() == null).findFirst()
                .or(() -> state.library().banks().stream().flatMap(b -> b.questions().stream())
                        .filter(q -> q.level() == null).findFirst())
                .orElseThrow();
        var owner = state.library().banks().stream().filter(b -> b.questions().contains(question)).findFirst()
                .orElseThrow();
        robot.interact(() -> {
            model.selectBank(owner);
            model.selectQuestion(new QuestionEntry(owner, question));
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("WHAT THIS TESTS").tryQuery().isPresent());
        assertEquals(question.assesses(), robot.lookup("#preview-assesses").queryAs(Label.class).getText());
        javafx.scene.layout.VBox outline = robot.lookup("#preview-outline").queryAs(javafx.scene.layout.VBox.class);
        assertEquals(question.outline().size(), outline.getChildren().size());
        assertTrue(robot.lookup(question.outline().get(0)).tryQuery().isPresent());
        assertTrue(robot.lookup("Any level").tryQuery().isPresent(), "a question without a level suits any level");
        assertEquals(question.kind() == org.emdrill.domain.QuestionKind.STORY ? "Real story" : "Scenario",
                robot.lookup("#preview-kind").queryAs(Label.class).getText());
        Label last = robot.lookup("#preview-assesses").queryAs(Label.class);
        assertTrue(last.getWidth() > 50 && !last.getText().isEmpty());
        for (String id : List.of("#bank-filter-kind", "#bank-filter-level")) {
            javafx.scene.layout.Region filter = robot.lookup(id).queryAs(javafx.scene.layout.Region.class);
            assertTrue(filter.getWidth() >= filter.prefWidth(-1) - 0.5, id + " is squeezed to " + filter.getWidth());
        }
        shoot("banks-question-guide");
    }

    @Test
    void searchFiltersQuestionsAcrossAllBanks(FxRobot robot) throws Exception {
        robot.clickOn("#bank-search").write("delegation");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<QuestionEntry> questions = robot.lookup("#question-list").queryListView();
        assertFalse(questions.getItems().isEmpty());
        assertTrue(questions.getItems().stream().anyMatch(e -> e.question().id().equals("mine-delegation")));
        assertTrue(questions.getItems().stream().allMatch(e -> new QuestionSearch("delegation").matches(e.question())));
        assertTrue(robot.lookup("#questions-heading").queryAs(Label.class).getText().endsWith("IN ALL BANKS"));
        shoot("banks-search");

        robot.write(" zzqx");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(questions.getItems().isEmpty());
        assertTrue(robot.lookup("No questions match “delegation zzqx”. Try fewer or other words.").tryQuery().isPresent());
    }

    @Test
    void aSearchMarksItsWordsInThePromptAndSaysWhereElseItFoundThem(FxRobot robot) throws Exception {
        robot.clickOn("#bank-search").write("mine-delegation afterwards");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<QuestionEntry> questions = robot.lookup("#question-list").queryListView();
        assertEquals(List.of("mine-delegation"), questions.getItems().stream().map(e -> e.question().id()).toList());
        List<String> marked = robot.lookup("#question-list .search-hit").queryAllAs(javafx.scene.text.Text.class)
                .stream().map(javafx.scene.text.Text::getText).toList();
        assertEquals(List.of("mine-delegation"), marked, "the prompt's word is marked");
        Label why = robot.lookup("#question-list .search-why").queryAs(Label.class);
        assertEquals("Found in follow-up: \u201cWhat changed afterwards?\u201d", why.getText());
        assertTrue(why.isVisible());
        shoot("banks-search-why");
    }

    @Test
    void showsEveryProblemOfAFailedBankWithAHint(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("1 bank file could not be loaded").tryQuery().isPresent());
        assertTrue(robot.lookup("Fix the file and press Reload banks. All other banks load and work as usual.")
                .tryQuery().isPresent());
        TextArea lines = robot.lookup("#bank-failures .text-area").queryAs(TextArea.class);
        String expected = state.library().failures().get(0).problems().stream().map(Object::toString)
                .reduce((a, b) -> a + "\n" + b).orElseThrow();
        assertEquals(expected, lines.getText());
        assertTrue(lines.getText().contains("broken.json:6:"), lines.getText());
        assertFalse(lines.isEditable());
        shoot("banks-overview");
    }

    @Test
    void reloadClearsAFixedBankFromTheProblems(FxRobot robot) throws Exception {
        BankJson.write(userFolder, "broken.json", BankJson.bank("broken-bank", "Fixed now", "fixed-one"));

        robot.clickOn("#reload-banks");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> state.library().bank("broken-bank").isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#bank-failures").tryQuery().map(n -> n.getScene() == null || !n.isVisible()
                || n.getParent() == null).orElse(true));
        reveal(robot, "broken-bank");
        assertTrue(robot.lookup("Fixed now").tryQuery().isPresent());
    }

    @Test
    void importsAGoodFileAndShowsTheProblemsOfABrokenOne(FxRobot robot) throws Exception {
        Path good = BankJson.write(temp, "good-" + System.nanoTime() + ".json",
                BankJson.bank("imported-bank", "Imported bank", "imported-bank-one"));
        Path broken = BankJson.write(temp, "not-a-bank.json", "{ \"schemaVersion\": 1, \"id\": \"x\" ");

        robot.interact(() -> model.importFiles(List.of(good, broken)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> state.library().bank("imported-bank").isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(Files.exists(userFolder.resolve("imported-bank.json")));
        reveal(robot, "imported-bank");
        assertTrue(robot.lookup("Imported bank").tryQuery().isPresent());
        assertEquals("Imported bank", robot.lookup("#preview-bank-title").queryAs(Label.class).getText());
        assertTrue(robot.lookup("1 file was not imported").tryQuery().isPresent());
        TextArea lines = robot.lookup("#import-problems .text-area").queryAs(TextArea.class);
        assertTrue(lines.getText().startsWith("not-a-bank.json:1:"), lines.getText());
        shoot("banks-import-problems");

        robot.clickOn(node(robot, "#import-problems .button"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.importProblems().isEmpty());
    }

    @Test
    void importingAFileWithThreeProblemsListsAllThree(FxRobot robot) throws Exception {
        String json = """
                {
                  "schemaVersion": 1,
                  "id": "three-problems",
                  "title": "Three problems",
                  "questions": [
                    { "id": "tp-one", "prompt": "Tell me about a hard call.", "dimensions": { "coachng": 3 } },
                    { "id": "tp-two", "prompt": "Tell me about a slip.", "dimensions": { "coaching": 3 },
                      "targetSeconds": -5 },
                    { "id": "tp-three", "dimensions": { "coaching": 3 } }
                  ]
                }
                """;
        Path broken = BankJson.write(temp, "three-problems.json", json);

        robot.interact(() -> model.importFiles(List.of(broken)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.importProblems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        String lines = robot.lookup("#import-problems .text-area").queryAs(TextArea.class).getText();
        for (String expected : List.of("questions[0].dimensions.coachng", "questions[1].targetSeconds",
                "questions[2].prompt")) {
            assertTrue(lines.contains("three-problems.json:") && lines.contains(expected), expected + " in " + lines);
        }
        assertTrue(lines.lines().count() >= 3, lines);
    }

    @Test
    void fitsASmallWindow(FxRobot robot) throws Exception {
        robot.interact(() -> {
            scene.getWindow().setWidth(770);
            scene.getWindow().setHeight(640);
        });
        reveal(robot, "mine");
        robot.clickOn("My own practice questions");
        WaitForAsyncUtils.waitForFxEvents();
        shoot("banks-small");
        assertTrue(robot.lookup("#reload-banks").query().isVisible());
    }

    /** Scrolls the bank list to a bank, as a user would, so its row exists on screen. */
    private void reveal(FxRobot robot, String bankId) {
        ListView<BankSummary> list = robot.lookup("#bank-list").queryListView();
        robot.interact(() -> list.getItems().stream().filter(b -> b.bank().id().equals(bankId)).findFirst()
                .ifPresent(list::scrollTo));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node node(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }

    private void shoot(String name) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(scene, name)).get(10, TimeUnit.SECONDS);
    }
}
