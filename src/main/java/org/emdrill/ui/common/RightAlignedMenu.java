package org.emdrill.ui.common;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.stage.Window;

/**
 * Opens a menu button's menu with its right edge under the button's right edge. JavaFX lines the menu up
 * with the button's left edge, so a button at the right of the window opens a menu that runs past it.
 */
public final class RightAlignedMenu {

    private RightAlignedMenu() {
    }

    public static <T extends MenuButton> T of(T button) {
        button.showingProperty().addListener((obs, was, showing) -> {
            if (showing) {
                // The menu's window has its size once it has been shown and laid out.
                Platform.runLater(() -> align(button));
            }
        });
        return button;
    }

    private static void align(MenuButton button) {
        Bounds b = button.localToScreen(button.getBoundsInLocal());
        if (b == null) {
            return;
        }
        for (Window w : Window.getWindows()) {
            if (w instanceof ContextMenu menu && menu.getOwnerNode() == button && menu.isShowing()) {
                menu.setX(Math.max(b.getMaxX() - menu.getWidth(), 0));
            }
        }
    }
}
