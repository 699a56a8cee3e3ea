package org.emdrill.ui.common;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;

/**
 * A screen's keyboard shortcuts, heard on the whole window while the screen is showing, whatever has
 * focus: a filter on the scene while the screen is in it. The window takes a screen out of the scene
 * when another one is shown, so only the visible screen's shortcuts are live.
 */
public final class SceneShortcuts {

    private SceneShortcuts() {
    }

    public static void install(Node screen, EventHandler<KeyEvent> onKeyPressed) {
        screen.sceneProperty().addListener((obs, was, is) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, onKeyPressed);
            }
            if (is != null) {
                is.addEventFilter(KeyEvent.KEY_PRESSED, onKeyPressed);
            }
        });
        if (screen.getScene() != null) {
            screen.getScene().addEventFilter(KeyEvent.KEY_PRESSED, onKeyPressed);
        }
    }
}
