package org.emdrill.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A menu opened from a button at the window's right edge stays inside the window. */
@ExtendWith(ApplicationExtension.class)
class RightAlignedMenuTest {

    private Stage stage;
    private MenuButton button;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        button = RightAlignedMenu.of(new MenuButton("Export"));
        button.setId("menu");
        button.getItems().addAll(new MenuItem("JSON with recordings (.zip)…"), new MenuItem("Markdown report (.md)…"));
        BorderPane root = new BorderPane();
        root.setRight(button);
        stage.setScene(new Scene(root, 500, 300));
        stage.setWidth(500);
        stage.setHeight(300);
        stage.show();
    }

    @Test
    void theMenuEndsUnderTheButtonsRightEdge(FxRobot robot) throws Exception {
        robot.clickOn("#menu");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> menu() != null && menu().getWidth() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenu menu = menu();
        double buttonRight = button.localToScreen(button.getBoundsInLocal()).getMaxX();
        double windowRight = stage.getX() + stage.getScene().getX() + stage.getScene().getWidth();
        assertTrue(Math.abs(menu.getX() + menu.getWidth() - buttonRight) <= 2 && menu.getX() + menu.getWidth() <= windowRight + 2,
                "menu " + menu.getX() + "+" + menu.getWidth() + ", button ends at " + buttonRight + ", window at " + windowRight);
        robot.interact(menu::hide);
    }

    private ContextMenu menu() {
        for (Window w : Window.getWindows()) {
            if (w instanceof ContextMenu m && m.getOwnerNode() == button && m.isShowing()) {
                return m;
            }
        }
        return null;
    }
}
