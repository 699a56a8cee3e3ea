package org.emdrill.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.emdrill.bank.RubricLoader;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.Rubric;
import org.emdrill.domain.Scores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.emdrill.ui.testing.Screenshots;

/** The scoring card as a candidate judges with it: the whole ladder on demand, rows that stay put. */
@ExtendWith(ApplicationExtension.class)
class ScoreCardPaneTest {

    private static final Rubric RUBRIC = new RubricLoader().load().value();

    private ScoreCard card;

    @Start
    void start(Stage stage) {
        Question q = new Question("q1", "Tell me about a time you coached someone through a hard quarter.",
                List.of(), Map.of(Dimension.COACHING, 3, Dimension.EXECUTION, 1), List.of(), List.of(), 150,
                null, List.of());
        card = new ScoreCard(0, q, "", Scores.none(), Set.of(), "", RUBRIC);
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(new ScrollPane(new ScoreCardPane(card, "t-", false)), 700, 820);
        ((ScrollPane) scene.getRoot()).setFitToWidth(true);
        scene.getStylesheets().add(Styles.APP_CSS);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void choosingALevelNeverMovesTheRowsBelow(FxRobot robot) {
        Node below = robot.lookup("#t-score-execution-4").query();
        double before = below.localToScene(below.getBoundsInLocal()).getMinY();
        for (int level = 1; level <= 5; level++) {
            robot.clickOn("#t-score-coaching-" + level);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(RUBRIC.describe(Dimension.COACHING, level),
                    robot.lookup("#t-rubric-coaching").queryAs(Label.class).getText());
            assertEquals(before, below.localToScene(below.getBoundsInLocal()).getMinY(), 0.5,
                    "level " + level + " moved the next row");
        }
    }

    @Test
    void theWholeLadderOpensOnDemandWithTheChosenLevelMarked(FxRobot robot) throws Exception {
        assertFalse(robot.lookup("#t-ladder-coaching").query().isVisible(), "closed until asked for");
        robot.clickOn("#t-score-coaching-3");
        robot.clickOn("#t-ladder-toggle-coaching");
        WaitForAsyncUtils.waitForFxEvents();

        Node ladder = robot.lookup("#t-ladder-coaching").query();
        assertTrue(ladder.isVisible());
        Bounds box = ladder.localToScene(ladder.getBoundsInLocal());
        assertTrue(box.getHeight() > 50, "the ladder takes room: " + box);
        PseudoClass chosen = PseudoClass.getPseudoClass("chosen");
        for (int level = 1; level <= 5; level++) {
            Node rung = robot.lookup("#t-ladder-coaching-" + level).query();
            String text = robot.from(rung).lookup(".ladder-text").queryAs(Label.class).getText();
            assertEquals(RUBRIC.describe(Dimension.COACHING, level), text);
            assertEquals(level == 3, rung.getPseudoClassStates().contains(chosen), "level " + level);
        }
        List<String> markers = RUBRIC.markers(Dimension.COACHING, 5);
        Node top = robot.lookup("#t-ladder-coaching-5").query();
        assertEquals(markers.size(), robot.from(top).lookup(".ladder-marker").queryAll().size(),
                "each level lists its markers");

        robot.clickOn("#t-score-coaching-5");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#t-ladder-coaching-5").query().getPseudoClassStates().contains(chosen));
        assertFalse(robot.lookup("#t-ladder-coaching-3").query().getPseudoClassStates().contains(chosen));
        Screenshots.save(robot, robot.lookup("#t-card").query().getScene(), "score-card-ladder");
    }
}
