package org.emdrill.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.emdrill.ui.testing.PromptLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The prompt as the Practice screen styles it, in a column of a given width: right-to-left prompts are
 * drawn a line at a time, every word once and in order, and broken again when the column narrows.
 */
@ExtendWith(ApplicationExtension.class)
class PromptLabelTest {

    static final String HEBREW = LineBreakerTest.HEBREW;
    static final String ARABIC = LineBreakerTest.ARABIC;
    static final String MIXED = LineBreakerTest.MIXED;
    static final String ENGLISH = "Tell me about a time you had to say no to a request from your own manager.";

    private PromptLabel prompt;
    private VBox column;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        prompt = PromptLabel.wrapping(HEBREW, "prompt");
        column = new VBox(prompt);
        column.setFillWidth(true);
        Scene scene = new Scene(column, 600, 500);
        scene.getStylesheets().add(Styles.APP_CSS);
        stage.setScene(scene);
        // The stage is shared by all TestFX classes: size it, whatever an earlier test left.
        stage.setWidth(600);
        stage.setHeight(500);
        stage.show();
    }

    private void show(FxRobot robot, String text, double width) {
        robot.interact(() -> {
            prompt.setText(text);
            column.setPrefWidth(width);
            column.getScene().getWindow().setWidth(width);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest
    @ValueSource(ints = {140, 220, 360, 580})
    void everyWordOnceInOrderAtEveryWidth(int width, FxRobot robot) throws Exception {
        for (String text : List.of(HEBREW, ARABIC, MIXED)) {
            show(robot, text, width);
            boolean rightToLeft = !text.equals(MIXED);
            assertEquals(List.of(), on(() -> PromptLines.problems(prompt, text, column, rightToLeft)),
                    "at " + width + ": " + on(() -> PromptLines.of(prompt)));
            assertTrue(on(() -> PromptLines.of(prompt)).size() > 1, "the prompt wraps at " + width);
        }
    }

    @Test
    void aNarrowerColumnBreaksTheLinesAgain(FxRobot robot) throws Exception {
        show(robot, ARABIC, 580);
        List<String> wide = on(() -> PromptLines.of(prompt));
        show(robot, ARABIC, 220);
        List<String> narrow = on(() -> PromptLines.of(prompt));
        assertTrue(narrow.size() > wide.size(), wide + " then " + narrow);
        assertEquals(List.of(), on(() -> PromptLines.problems(prompt, ARABIC, column, true)));
        double height = on(() -> prompt.getHeight());
        double drawn = on(() -> {
            Text last = (Text) prompt.getChildrenUnmodifiable().get(prompt.getChildrenUnmodifiable().size() - 1);
            return last.getBoundsInParent().getMaxY();
        });
        assertTrue(drawn <= height + 0.5, "the label is as tall as its lines: " + drawn + " in " + height);
    }

    @Test
    void takesTheFontAndColourOfItsStyleClass(FxRobot robot) throws Exception {
        show(robot, HEBREW, 360);
        List<Text> lines = on(() -> prompt.getChildrenUnmodifiable().stream().map(n -> (Text) n).toList());
        double size = on(() -> prompt.getFont().getSize());
        assertNotEquals(new javafx.scene.control.Label().getFont().getSize(), size, ".prompt sets a larger font");
        for (Text line : lines) {
            assertEquals(size, on(() -> line.getFont().getSize()));
            assertEquals(on(() -> prompt.getTextFill()), on(line::getFill));
        }
    }

    @Test
    void leftToRightTextIsOneWrappedText(FxRobot robot) throws Exception {
        show(robot, ENGLISH, 220);
        List<javafx.scene.Node> children = on(() -> List.copyOf(prompt.getChildrenUnmodifiable()));
        assertEquals(1, children.size());
        Text text = (Text) children.get(0);
        assertEquals(ENGLISH, text.getText());
        assertTrue(on(() -> text.getLayoutBounds().getHeight()) > 2 * on(() -> prompt.getFont().getSize()),
                "JavaFX wraps it onto several lines");
        assertTrue(on(() -> text.getLayoutBounds().getWidth()) <= on(() -> prompt.getWidth()) + 0.5);
    }

    private static <T> T on(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }
}
