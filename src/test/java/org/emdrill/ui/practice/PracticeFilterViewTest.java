package org.emdrill.ui.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.emdrill.app.AppContext;
import org.emdrill.app.AppPaths;
import org.emdrill.app.Startup;
import org.emdrill.app.WindowWiring;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QuestionKind;
import org.emdrill.domain.QuestionLevel;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.practice.QuestionFilter;
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

/** The Practice set-up's kind and level filter, with the bundled banks and the real wiring. */
@ExtendWith(ApplicationExtension.class)
class PracticeFilterViewTest {

    @TempDir
    static Path dataDir;

    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path dir = dataDir.resolve("run-" + System.nanoTime());
        context = Startup.open(new AppPaths(dir), new FakeClock(Instant.parse("2026-05-04T09:00:00Z")), new FakeTicker())
                .context().orElseThrow();
        WindowWiring wiring = new WindowWiring(context, null);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(wiring.mainWindow(), 1280, 820);
        scene.getStylesheets().add(Styles.APP_CSS);
        stage.setScene(scene);
        stage.setWidth(1280);
        stage.setHeight(820);
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void theCountsFollowTheKindAndLevelAndPracticeDrawsOnlyThoseQuestions(FxRobot robot) throws Exception {
        List<QuestionBank> banks = context.library().banks();
        int all = banks.stream().mapToInt(b -> b.questions().size()).sum();
        assertEquals(all + " questions", text(robot, "#practice-question-count"));

        robot.clickOn("#practice-kind").clickOn("Stories");
        robot.clickOn("#practice-level").clickOn("Manager of managers");
        WaitForAsyncUtils.waitForFxEvents();
        QuestionFilter filter = new QuestionFilter(QuestionKind.STORY, QuestionLevel.MANAGER_OF_MANAGERS);
        int matching = filter.count(banks);
        assertTrue(matching > 0 && matching < all, "a real narrowing: " + matching + " of " + all);
        assertEquals(matching + " questions", text(robot, "#practice-question-count"));
        ListView<BankChoice> list = robot.lookup("#bank-choices").queryListView();
        BankChoice first = list.getItems().get(0);
        assertEquals(first.bank().title() + "  (" + filter.count(List.of(first.bank())) + " of "
                + first.bank().questions().size() + ")", first.toString());
        List<String> shownCounts = robot.lookup("#bank-choices .list-cell .muted").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(shownCounts.contains(filter.count(List.of(first.bank())) + " of " + first.bank().questions().size()
                + " questions"), "each bank row shows what the filter leaves: " + shownCounts);
        Screenshots.save(robot, stage.getScene(), "h13u-practice-filter-light");
        assertTrue(TextChecks.cutShort(robot.lookup("#practice-filter").query()).isEmpty(),
                TextChecks.cutShort(robot.lookup("#practice-filter").query()).toString());
        Screenshots.save(robot, stage.getScene(), "h13u-practice-filter-light");

        robot.clickOn("#start-practice");
        WaitForAsyncUtils.waitForFxEvents();
        String prompt = text(robot, "#prompt");
        Question asked = banks.stream().flatMap(b -> b.questions().stream()).filter(q -> q.prompt().equals(prompt))
                .findFirst().orElseThrow();
        assertTrue(filter.matches(asked), asked.id() + " is a story that suits a manager of managers");
    }

    @Test
    void aFilterThatLeavesNothingSaysSoAndCannotStart(FxRobot robot) throws Exception {
        ListView<BankChoice> list = robot.lookup("#bank-choices").queryListView();
        robot.interact(() -> list.getItems().forEach(b -> b.selectedProperty().set(
                b.bank().title().equals("Resolving team conflicts"))));
        robot.clickOn("#practice-kind").clickOn("Stories");
        robot.clickOn("#practice-level").clickOn("Manager of managers");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("No stories for the manager of managers level in the ticked banks",
                text(robot, "#practice-question-count"));
        assertTrue(robot.lookup("#start-practice").queryAs(Button.class).isDisabled());

        robot.clickOn("#practice-level").clickOn("Any level");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#start-practice").queryAs(Button.class).isDisabled());
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS,
                () -> text(robot, "#practice-question-count").endsWith("questions"));
    }
}
