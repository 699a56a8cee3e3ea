package org.emdrill.ui.testing;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a user sees and does that TestFX does not offer directly: scroll to a node, is it on screen. */
public final class UserView {

    private UserView() {
    }

    /** Scrolls the enclosing scroll pane like a user would, until the node is in view. */
    public static void reveal(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            Node n = node.getParent();
            while (n != null && !(n instanceof ScrollPane)) {
                n = n.getParent();
            }
            if (n == null) {
                return; // not in a scroller: it shows where it is or nowhere
            }
            ScrollPane scroll = (ScrollPane) n;
            Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double range = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, (y - 80) / range)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Visible on screen: the node and all its ancestors. */
    public static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    public static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
