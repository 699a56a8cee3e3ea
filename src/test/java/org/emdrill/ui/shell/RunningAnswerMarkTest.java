package org.emdrill.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.emdrill.bank.BankLibrary;
import org.emdrill.domain.Rubric;
import org.emdrill.settings.Settings;
import org.emdrill.ui.common.AnswerRunning;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.Styles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An answer left running on Practice while the user looks at History is marked in the sidebar. */
@ExtendWith(ApplicationExtension.class)
class RunningAnswerMarkTest {

    private final SimpleBooleanProperty practiceRunning = new SimpleBooleanProperty();

    /** A screen that says when its answer runs, as Practice and Mock interview do. */
    private final class TimedScreen extends Label implements AnswerRunning {
        TimedScreen() {
            super("Practice");
        }

        @Override
        public ObservableBooleanValue answerRunning() {
            return practiceRunning;
        }
    }

    @Start
    void start(Stage stage) {
        Map<Screen, Supplier<Node>> screens = new EnumMap<>(Screen.class);
        for (Screen s : Screen.values()) {
            screens.put(s, () -> new Label(s.title()));
        }
        screens.put(Screen.PRACTICE, TimedScreen::new);
        MainWindow window = new MainWindow(new AppState(BankLibrary.empty(), Rubric.empty(), Settings.defaults()), screens);
        Scene scene = new Scene(window, 1024, 700);
        scene.getStylesheets().add(Styles.APP_CSS);
        stage.setScene(scene);
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    @Test
    void theSidebarMarksPracticeWhileItsAnswerRunsAndSaysSo(FxRobot robot) {
        Node dot = robot.lookup("#nav-running-practice").query();
        ToggleButton entry = robot.lookup("#nav-practice").queryAs(ToggleButton.class);
        assertFalse(dot.isVisible(), "no mark while nothing runs");

        robot.interact(() -> practiceRunning.set(true));
        robot.clickOn("#nav-history");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(dot.isVisible(), "the running answer is marked while History shows");
        Bounds d = dot.localToScene(dot.getBoundsInLocal());
        Bounds e = entry.localToScene(entry.getBoundsInLocal());
        assertTrue(e.contains(d.getCenterX(), d.getCenterY()), "the mark sits on Practice's entry: " + d + " in " + e);
        assertEquals("Practice: an answer is running (" + Screen.PRACTICE.shortcut() + ")", entry.getTooltip().getText());
        assertEquals("Practice, answer running", entry.getAccessibleText());

        robot.interact(() -> practiceRunning.set(false));
        assertFalse(dot.isVisible());
        assertEquals("Practice (" + Screen.PRACTICE.shortcut() + ")", entry.getTooltip().getText());
    }

    /** Not the mark, but the same window's dressing: popups lose their shadow where it would be a white frame. */
    @Test
    void popupsDropTheirShadowWhereTheDesktopCannotShowIt(FxRobot robot) throws Exception {
        Node window = robot.lookup(".main-window").query();
        boolean transparent = WaitForAsyncUtils.asyncFx(() -> javafx.application.Platform.isSupported(
                javafx.application.ConditionalFeature.TRANSPARENT_WINDOW)).get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(!transparent, window.getStyleClass().contains("no-window-transparency"));
    }
}
