package org.emdrill.ui.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

/**
 * What a user would call clipped, found in a laid-out scene: a label or button whose text the skin cut
 * to "…", and a control that reaches past the window's right edge. Only what is shown counts; inside a
 * scroll pane, the pane's viewport is the edge.
 */
public final class Clipping {

    private Clipping() {
    }

    /** Every problem found, one line each ("Button 'Save attempt' shows 'Save atte…'"); empty when none. */
    public static List<String> problems(Scene scene) {
        List<String> found = new ArrayList<>();
        visit(scene.getRoot(), scene.getWidth(), found);
        return found;
    }

    private static void visit(Node node, double sceneWidth, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            Node shown = labeled.lookup(".text");
            if (shown instanceof Text text && !text.getText().equals(labeled.getText())
                    && text.getText().endsWith(labeled.getEllipsisString())) {
                found.add(describe(labeled) + " shows '" + text.getText() + "'");
            }
            Bounds b = labeled.localToScene(labeled.getBoundsInLocal());
            if (b.getWidth() > 0 && b.getMaxX() > sceneWidth + 0.5 && !insideHorizontalScroll(labeled)) {
                found.add(describe(labeled) + " reaches x=" + Math.round(b.getMaxX()) + " in a window "
                        + Math.round(sceneWidth) + " wide");
            }
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            visit(scroll.getContent(), sceneWidth, found);
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, sceneWidth, found);
            }
        }
    }

    private static boolean insideHorizontalScroll(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane s && s.getHbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER && !s.isFitToWidth()) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Labeled l) {
        return l.getClass().getSimpleName() + (l.getId() == null ? "" : " #" + l.getId()) + " '" + l.getText() + "'";
    }
}
