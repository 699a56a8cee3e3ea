package org.emdrill.ui.shell;

import static org.emdrill.ui.testing.UserView.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.emdrill.bank.BankLibrary;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.ui.common.PracticeRequest;
import org.emdrill.ui.testing.AppWindow;
import org.emdrill.ui.testing.Clipping;
import org.emdrill.ui.testing.PromptLines;
import org.emdrill.ui.testing.Screenshots;
import org.emdrill.ui.testing.TextChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Banks a user may write that our own never have: prompts in Hebrew and Arabic, a line that mixes both
 * directions, and a 2,000-character prompt. None is cut short or clipped, the bank title stays before the
 * question count, and the timer stays in view. A right-to-left prompt draws each of its words once, in
 * order, on lines that fit the preview (JavaFX's own wrapping of such text repeats and drops lines).
 */
@ExtendWith(ApplicationExtension.class)
class UnusualTextLayoutTest {

    static final String HEBREW = "ספר לי על פעם שבה צוות שלך פספס מועד חשוב. מה עשית בשבוע שאחרי, ומה שינית מאז"
            + " באופן שבו הצוות מתכנן ומתחייב?";
    static final String ARABIC = "حدثني عن موقف اختلف فيه اثنان من مهندسيك حول تصميم نظام. كيف ساعدتهما على"
            + " الوصول إلى قرار، وماذا تعلمت من ذلك؟";
    static final String MIXED = "Tell me about the launch of מערכת התשלומים in Q3 2025 and the 2 teams (فريقان) you led.";
    /** A follow-up of the Hebrew question, long enough to wrap in the preview's narrow column. */
    static final String HEBREW_FOLLOW_UP = "מה היית עושה אחרת אילו יכולת להתחיל מחדש את אותו רבעון עם אותו צוות?";
    static final String LONG = ("Walk me through a reorganisation you led across several teams, from the first sign"
            + " that the structure no longer fitted the work to the months after the change. ").repeat(14)
            .substring(0, 2_000);

    @TempDir
    static Path dataDir;

    private final FakeTicker ticker = new FakeTicker();
    private final FakeClock clock = new FakeClock(Instant.parse("2026-05-04T09:00:00Z"));
    private AppWindow window;
    private Stage stage;
    private QuestionBank rtl;
    private QuestionBank longBank;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = AppWindow.open(stage, dataDir, clock, ticker, 1280, 820);
        rtl = bank("rtl-bank", "שאלות בעברית ובערבית", List.of(question("rtl-he", HEBREW, HEBREW_FOLLOW_UP), question("rtl-ar", ARABIC),
                question("rtl-mixed", MIXED)));
        longBank = bank("long-bank", "Very long prompts", List.of(question("long-one", LONG)));
        List<QuestionBank> banks = new ArrayList<>(window.wiring().state().library().banks());
        banks.add(rtl);
        banks.add(longBank);
        window.wiring().state().libraryProperty().set(new BankLibrary(banks, List.of(), List.of()));
    }

    @AfterEach
    void close() {
        window.close();
    }

    private void size(FxRobot robot, int width, int height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1280, 820, light", "1024, 700, light", "1024, 700, dark", "960, 640, dark"})
    void rightToLeftPromptsShowEveryWordOnceInTheBanksPreview(int width, int height, String theme, FxRobot robot)
            throws Exception {
        size(robot, width, height);
        boolean dark = theme.equals("dark");
        robot.interact(() -> Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet()));
        robot.clickOn("#nav-banks");
        ListView<?> banks = robot.lookup("#bank-list").queryAs(ListView.class);
        robot.interact(() -> {
            for (int i = 0; i < banks.getItems().size(); i++) {
                if (banks.getItems().get(i).toString().contains("rtl-bank")) {
                    banks.getSelectionModel().select(i);
                }
            }
        });
        ListView<?> questions = robot.lookup("#question-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> questions.getItems().size() == 3);
        for (int i = 0; i < 3; i++) {
            int index = i;
            robot.interact(() -> questions.getSelectionModel().select(index));
            String expected = List.of(HEBREW, ARABIC, MIXED).get(i);
            boolean rightToLeft = i < 2;
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> expected.equals(robot.lookup("#preview-prompt").queryAs(Label.class).getText()));
            WaitForAsyncUtils.waitForFxEvents();
            Label prompt = robot.lookup("#preview-prompt").queryAs(Label.class);
            Node preview = robot.lookup("#question-preview").query();
            assertEquals(List.of(), on(robot, () -> TextChecks.cutShort(prompt)), "the prompt is not cut short");
            assertTrue(on(robot, () -> PromptLines.of(prompt)).size() > 1, "the prompt wraps at " + width);
            assertEquals(List.of(), on(robot, () -> PromptLines.problems(prompt, expected, preview, rightToLeft)),
                    "every word drawn once, in order, inside the preview");
            if (i == 0) {
                Label followUp = robot.lookup("#question-preview .follow .preview-text").queryAs(Label.class);
                assertEquals(HEBREW_FOLLOW_UP, followUp.getText());
                assertEquals(List.of(), on(robot, () -> PromptLines.problems(followUp, HEBREW_FOLLOW_UP, preview, true)),
                        "the Hebrew follow-up draws every word once, in order, inside the preview");
            }
            Parent listed = on(robot, () -> listedPrompt(robot, expected));
            assertEquals(List.of(), on(robot, () -> PromptLines.problems(listed, expected, cellOf(listed), rightToLeft)),
                    "the question list draws every word once, in order, inside its row");
            assertEquals(List.of(), on(robot, () -> Clipping.problems(stage.getScene())), "nothing clipped");
            assertEquals(List.of(), on(robot, () -> PromptLines.unreadable(prompt, dark)), "the prompt's colour suits the theme");
            assertEquals(List.of(), on(robot, () -> PromptLines.unreadable(listed, dark)), "the row's colour suits the theme");
            Screenshots.save(robot, stage.getScene(), "banks-rtl-" + i + "-" + width + "-" + theme);
        }
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 820", "1024, 700"})
    void aRightToLeftBankTitleStaysBesideTheQuestionCount(int width, int height, FxRobot robot) throws Exception {
        size(robot, width, height);
        robot.interact(() -> window.wiring().state().requestPractice(new PracticeRequest("Practise these",
                List.of(new QueuedQuestion(rtl, rtl.questions().get(2)), new QueuedQuestion(rtl, rtl.questions().get(0))))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(robot.lookup("#prompt").query()));
        WaitForAsyncUtils.waitForFxEvents();
        Label title = robot.lookup("#practice-bank").queryAs(Label.class);
        Label count = robot.lookup("#practice-progress").queryAs(Label.class);
        assertTrue(count.getText().endsWith("Question 1 of 2"), count.getText());
        Bounds t = on(robot, () -> title.localToScene(title.getLayoutBounds()));
        Bounds c = on(robot, () -> count.localToScene(count.getLayoutBounds()));
        assertTrue(t.getMaxX() <= c.getMinX() && Math.abs(t.getCenterY() - c.getCenterY()) < t.getHeight(),
                "the bank title, then the question count, on one line: " + t + " / " + c);
        Label prompt = robot.lookup("#prompt").queryAs(Label.class);
        assertEquals(MIXED, prompt.getText());
        assertEquals(List.of(), on(robot, () -> PromptLines.problems(prompt, MIXED, stage.getScene().getRoot(), false)),
                "the practice prompt draws every word once, in order");
        assertEquals(List.of(), on(robot, () -> Clipping.problems(stage.getScene())), "nothing clipped");
        Screenshots.save(robot, stage.getScene(), "practice-mixed-direction-" + width);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 820", "1024, 700"})
    void aTwoThousandCharacterPromptKeepsTheTimerInView(int width, int height, FxRobot robot) throws Exception {
        size(robot, width, height);
        robot.interact(() -> window.wiring().state().requestPractice(new PracticeRequest("Practise these",
                List.of(new QueuedQuestion(longBank, longBank.questions().get(0))))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(robot.lookup("#prompt").query()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(robot.lookup("#skip-prep").query())
                || shown(robot.lookup("#answer").query()));
        if (shown(robot.lookup("#skip-prep").query())) {
            org.emdrill.ui.testing.UserView.reveal(robot, "#skip-prep");
            robot.clickOn("#skip-prep");
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(robot.lookup("#answer").query()));
        WaitForAsyncUtils.waitForFxEvents();
        Label timer = robot.lookup("#timer").queryAs(Label.class);
        Bounds b = on(robot, () -> timer.localToScene(timer.getLayoutBounds()));
        double sceneHeight = stage.getScene().getHeight();
        assertTrue(shown(timer) && b.getMinY() >= 0 && b.getMaxY() <= sceneHeight,
                "the timer is in view while a 2,000-character prompt is answered: " + b + " in " + sceneHeight);
        assertEquals(LONG, robot.lookup("#prompt").queryAs(Label.class).getText());
        Screenshots.save(robot, stage.getScene(), "practice-long-prompt-" + width);
    }

    /** The prompt drawn in the question list's row for {@code prompt}. */
    private static Parent listedPrompt(FxRobot robot, String prompt) {
        for (Node n : robot.lookup("#question-list .question-prompt").queryAll()) {
            if (prompt.equals(n.getAccessibleText()) && n.isVisible() && cellOf(n).isVisible()
                    && !cellOf(n).isEmpty()) {
                return (Parent) n;
            }
        }
        throw new AssertionError("no row of the question list shows " + prompt);
    }

    private static ListCell<?> cellOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ListCell<?> cell) {
                return cell;
            }
        }
        throw new AssertionError(node + " is in no list row");
    }

    private static <T> T on(FxRobot robot, Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private static Question question(String id, String prompt) {
        return question(id, prompt, "What would you do differently?");
    }

    private static Question question(String id, String prompt, String followUp) {
        return new Question(id, prompt, List.of(followUp), Map.of(Dimension.EXECUTION, 2,
                Dimension.LEADERSHIP, 1), List.of(), List.of(), 120, null, List.of());
    }

    private static QuestionBank bank(String id, String title, List<Question> questions) {
        return new QuestionBank(1, id, title, "", questions, BankSource.USER, id + ".json");
    }
}
