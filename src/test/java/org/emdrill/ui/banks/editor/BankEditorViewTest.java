package org.emdrill.ui.banks.editor;

import org.emdrill.ui.testing.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
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
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.Rubric;
import org.emdrill.settings.Settings;
import org.emdrill.ui.banks.BankSummary;
import org.emdrill.ui.banks.BanksView;
import org.emdrill.ui.banks.BanksViewModel;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.PracticeRequest;
import org.emdrill.ui.common.Styles;

/** The Banks screen with its editor, driven as a user would. */
@ExtendWith(ApplicationExtension.class)
class BankEditorViewTest {

    @TempDir
    static Path temp;

    private Path dataDir;
    private Path userFolder;
    private AppState state;
    private BanksViewModel model;
    private Scene scene;
    private ExecutorService worker;
    private final EditorFixture.FakeDialogs dialogs = new EditorFixture.FakeDialogs();
    private Path exportTarget;

    @Start
    void start(Stage stage) throws Exception {
        dataDir = Files.createTempDirectory(temp, "data");
        userFolder = dataDir.resolve("banks");
        EditorFixture.writeBank(userFolder, "mine.json", """
                { "schemaVersion": 1, "id": "mine", "title": "My own questions", "questions": [
                  { "id": "mine-one", "prompt": "How do you delegate?", "dimensions": { "coaching": 2 } } ] }
                """);
        state = new AppState(BankLibraryLoader.forDataDir(dataDir).load(), Rubric.empty(), Settings.defaults());
        worker = Executors.newSingleThreadExecutor();
        model = new BanksViewModel(state, new BackgroundRunner(worker), new UserBanks(dataDir, userFolder), dialogs);
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        BanksView view = new BanksView(model);
        exportTarget = Files.createTempDirectory(temp, "export").resolve("shared.json");
        dialogs.saveTarget = exportTarget;
        scene = new Scene(view, 1090, 820);
        scene.getStylesheets().add(Styles.APP_CSS);
        stage.setScene(scene);
        stage.sizeToScene(); // the stage outlives each test; another may have made it small
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        worker.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void createsABankWithTwoQuestionsThatLoadsAndValidates(FxRobot robot) throws Exception {
        robot.clickOn("#new-bank");
        assertTrue(saveButton(robot).isDisabled(), "nothing to save yet");
        shoot("editor-new");

        robot.clickOn("#editor-bank-title").write("Hiring");
        typeInto(robot, "#editor-prompt", "Redesign a loop?");
        raiseWeight(robot, "coaching", 2);
        typeInto(robot, "#editor-follow-ups", "Why?");
        robot.clickOn("#editor-add-question");
        typeInto(robot, "#editor-prompt", "Calibrate interviewers?");
        raiseWeight(robot, "execution", 3);
        typeInto(robot, "#editor-tags", "bar, loop");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("hiring", robot.lookup("#editor-bank-id").queryTextInputControl().getText());
        assertEquals("hiring-calibrate-interviewers", robot.lookup("#editor-question-id").queryTextInputControl().getText());
        assertEquals("No problems: this bank loads as it is.", label(robot, "#editor-problems-title"));
        assertFalse(saveButton(robot).isDisabled());
        shoot("editor-filled");

        robot.clickOn("#editor-save");
        Path file = userFolder.resolve("hiring.json");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> state.library().bank("hiring").isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(EditorFixture.validate(file).startsWith("0:"), EditorFixture.validate(file));
        assertTrue(label(robot, "#editor-status").startsWith("Saved to "));
        QuestionBank saved = state.library().bank("hiring").orElseThrow();
        assertEquals(List.of("hiring-redesign-loop", "hiring-calibrate-interviewers"),
                saved.questions().stream().map(q -> q.id()).toList());
        assertEquals(List.of("Why?"), saved.questions().get(0).followUps());

        robot.clickOn("#editor-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogs.asked.isEmpty(), "saved, so leaving does not ask");
        ListView<BankSummary> banks = robot.lookup("#bank-list").queryListView();
        assertEquals("hiring", banks.getSelectionModel().getSelectedItem().bank().id());
        assertEquals("Hiring", label(robot, "#selection-title"));
    }

    @Test
    void invalidInputDisablesSaveAndSaysWhatIsWrong(FxRobot robot) throws Exception {
        robot.clickOn("#new-bank");
        robot.clickOn("#editor-bank-title").write("Dates");
        typeInto(robot, "#editor-prompt", "A date slips?");
        raiseWeight(robot, "execution", 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(saveButton(robot).isDisabled());

        replaceText(robot, "#editor-target-seconds", "3 min");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(saveButton(robot).isDisabled());
        Label error = robot.lookup("#error-targetSeconds").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("expected a whole number, found text", error.getText());
        assertEquals("1 problem to fix before saving", label(robot, "#editor-problems-title"));
        assertTrue(robot.lookup("Question 1 · Target time").tryQuery().isPresent());
        shoot("editor-invalid");

        replaceText(robot, "#editor-target-seconds", "180");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(saveButton(robot).isDisabled());
        assertFalse(error.isVisible());
    }

    @Test
    void leavingWithUnsavedChangesAsksAndCanStay(FxRobot robot) {
        robot.clickOn("#new-bank");
        robot.clickOn("#editor-bank-title").write("Draft");

        dialogs.discard = false;
        robot.clickOn("#editor-back");
        assertEquals(List.of("Draft"), dialogs.asked);
        assertTrue(robot.lookup("#bank-editor").tryQuery().isPresent(), "still editing");

        dialogs.discard = true;
        robot.clickOn("#editor-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#bank-editor").tryQuery().isPresent());
        assertFalse(Files.exists(userFolder.resolve("draft.json")));
    }

    @Test
    void aBundledBankIsDuplicatedAndTheCopyEdited(FxRobot robot) throws Exception {
        QuestionBank bundled = state.library().banks().get(0);
        assertEquals(bundled, model.selectedBankProperty().get());
        assertTrue(robot.lookup("Comes with EM Drill · duplicate to edit").tryQuery().isPresent());
        assertFalse(robot.lookup("#edit-bank").query().isVisible(), "bundled banks are not edited in place");

        robot.clickOn("#duplicate-bank");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#bank-editor").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(bundled.title() + " (copy)", robot.lookup("#editor-bank-title").queryTextInputControl().getText());
        assertEquals(bundled.id() + "-copy", robot.lookup("#editor-bank-id").queryTextInputControl().getText());
        assertFalse(saveButton(robot).isDisabled(), "a valid copy can be saved at once");
        shoot("editor-copy");

        reveal(robot, "#editor-signals");
        robot.clickOn("#editor-signals").push(KeyCode.CONTROL, KeyCode.END).write("\nNames trade-offs");
        robot.clickOn("#editor-save");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> state.library().bank(bundled.id() + "-copy").isPresent());

        QuestionBank copy = state.library().bank(bundled.id() + "-copy").orElseThrow();
        assertEquals(bundled.questions().size(), copy.questions().size());
        assertTrue(copy.questions().get(0).signals().contains("Names trade-offs"));
        assertEquals(bundled, state.library().bank(bundled.id()).orElseThrow());
        assertEquals(List.of(), state.library().failures());
    }

    @Test
    void practiseTheseStartsAPracticeOverTheListedQuestions(FxRobot robot) {
        QuestionBank bundled = state.library().banks().get(0);

        robot.clickOn("#practise-these");
        PracticeRequest request = state.practiceRequestProperty().get();
        assertNotNull(request);
        assertEquals(bundled.title(), request.title());
        assertEquals(bundled.questions(), request.questions().stream().map(q -> q.question()).toList());

        robot.clickOn("#bank-search").write("delegate");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#practise-these");
        request = state.practiceRequestProperty().get();
        assertEquals("Matches for “delegate”", request.title());
        assertEquals(model.questions().size(), request.questions().size());
        assertTrue(request.questions().stream().anyMatch(q -> q.question().id().equals("mine-one")));
    }

    @Test
    void exportsAUserBankThatValidates(FxRobot robot) throws Exception {
        robot.interact(() -> model.selectBank(state.library().bank("mine").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.Node searchBox = robot.lookup("#bank-search").query();
        javafx.geometry.Bounds before = searchBox.localToScene(searchBox.getLayoutBounds());
        robot.clickOn("#export-bank");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(exportTarget));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(EditorFixture.validate(exportTarget).startsWith("0:"), EditorFixture.validate(exportTarget));
        assertTrue(label(robot, "#banks-status").startsWith("Exported “My own questions”"));
        assertTrue(robot.lookup("#banks-open-folder").query().isVisible(), "the message offers the folder");
        assertEquals(before, searchBox.localToScene(searchBox.getLayoutBounds()), "the message moves no tool");
        shoot("banks-user-bank-bar");
    }

    @Test
    void theEditorFitsASmallWindow(FxRobot robot) throws Exception {
        robot.interact(() -> {
            scene.getWindow().setWidth(770);
            scene.getWindow().setHeight(640);
        });
        robot.interact(() -> model.selectBank(state.library().bank("mine").orElseThrow()));
        robot.clickOn("#edit-bank");
        WaitForAsyncUtils.waitForFxEvents();
        shoot("editor-small");
        Node save = robot.lookup("#editor-save").query();
        assertTrue(save.isVisible());
        assertTrue(save.localToScene(save.getBoundsInLocal()).getMaxX() <= scene.getWidth());
        assertTrue(robot.lookup("#editor-problems").query().localToScene(
                robot.lookup("#editor-problems").query().getBoundsInLocal()).getMaxY() <= scene.getHeight());
    }

    private static Button saveButton(FxRobot robot) {
        return robot.lookup("#editor-save").queryButton();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Scrolls the question form so the control is in view, as a user would with the mouse wheel. */
    private static void reveal(FxRobot robot, String query) {
        ScrollPane scroll = robot.lookup("#editor-form-scroll").queryAs(ScrollPane.class);
        Node target = robot.lookup(query).query();
        robot.interact(() -> {
            double y = scroll.getContent().sceneToLocal(target.localToScene(0, 0)).getY();
            double room = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void typeInto(FxRobot robot, String query, String text) {
        reveal(robot, query);
        robot.clickOn(query).write(text);
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        reveal(robot, query);
        robot.clickOn(query).push(KeyCode.CONTROL, KeyCode.A).write(text);
    }

    private static void raiseWeight(FxRobot robot, String dimension, int times) {
        reveal(robot, "#editor-weight-" + dimension);
        Node up = robot.lookup("#editor-weight-" + dimension + " .increment-arrow-button").query();
        for (int i = 0; i < times; i++) {
            robot.clickOn(up);
        }
    }

    private void shoot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(scene, name)).get(10, TimeUnit.SECONDS);
    }
}
