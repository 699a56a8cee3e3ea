package org.emdrill.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.emdrill.bank.BankLibrary;
import org.emdrill.domain.Rubric;
import org.emdrill.settings.Settings;
import org.emdrill.ui.common.AppState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window's title names the screen showing, so the task bar and docks say where the user is. */
@ExtendWith(ApplicationExtension.class)
class WindowTitleTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Map<Screen, Supplier<Node>> screens = new EnumMap<>(Screen.class);
        for (Screen s : Screen.values()) {
            screens.put(s, () -> new Label(s.title()));
        }
        MainWindow window = new MainWindow(new AppState(BankLibrary.empty(), Rubric.empty(), Settings.defaults()), screens);
        stage.setScene(new Scene(window, 1100, 700));
        stage.titleProperty().bind(window.windowTitleProperty());
        stage.show();
    }

    @org.junit.jupiter.api.AfterEach
    void unbind(FxRobot robot) {
        robot.interact(() -> stage.titleProperty().unbind()); // the stage is shared with the next test class
    }

    @Test
    void namesTheFirstScreenAndFollowsTheSidebar(FxRobot robot) {
        assertEquals("EM Drill — Practice", stage.getTitle());
        robot.clickOn("#nav-history");
        assertEquals("EM Drill — History", stage.getTitle());
        robot.clickOn("#nav-mock_interview");
        assertEquals("EM Drill — Mock interview", stage.getTitle());
    }
}
