package org.emdrill.ui.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/**
 * What a user would call clipped, found in a laid-out scene:
 * <ul>
 * <li>a label or button whose text the skin cut to "…" (a table cell of free text may be, when its
 *     tooltip holds the whole text);</li>
 * <li>a labelled control or text field that reaches past the edge of what is visible: the window, or
 *     inside a scroll pane the pane's viewport across (down it, the user can scroll);</li>
 * <li>two buttons that overlap.</li>
 * </ul>
 * Only what is shown counts.
 */
public final class Clipping {

    private Clipping() {
    }

    /** Every problem found, one line each ("Button 'Save attempt' shows 'Save atte…'"); empty when none. */
    public static List<String> problems(Scene scene) {
        List<String> found = new ArrayList<>();
        List<ButtonBase> buttons = new ArrayList<>();
        visit(scene.getRoot(), new BoundingBox(0, 0, scene.getWidth(), scene.getHeight()), false, found, buttons);
        overlaps(buttons, found);
        return found;
    }

    /**
     * @param visible what of the scene can be seen around this node
     * @param scrollsDown whether the nearest scroll pane scrolls down (then only across counts)
     */
    private static void visit(Node node, Bounds visible, boolean scrollsDown, List<String> found,
            List<ButtonBase> buttons) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            Node shown = labeled.lookup(".text");
            if (shown instanceof Text text && !text.getText().equals(labeled.getText())
                    && text.getText().endsWith(labeled.getEllipsisString()) && !wholeTextInTooltip(labeled)) {
                found.add(describe(labeled) + " shows '" + text.getText() + "'");
            }
        }
        boolean checked = node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()
                || node instanceof TextInputControl;
        if (checked && node instanceof Control c && !insideVirtualFlow(c)) {
            Bounds b = c.localToScene(c.getLayoutBounds());
            if (b.getWidth() > 0 && b.getHeight() > 0) {
                if (b.getMaxX() > visible.getMaxX() + 0.5 || b.getMinX() < visible.getMinX() - 0.5) {
                    found.add(describe(c) + " spans x " + Math.round(b.getMinX()) + "-" + Math.round(b.getMaxX())
                            + " but only " + Math.round(visible.getMinX()) + "-" + Math.round(visible.getMaxX())
                            + " is visible");
                }
                if (!scrollsDown && b.getMaxY() > visible.getMaxY() + 0.5) {
                    found.add(describe(c) + " reaches y=" + Math.round(b.getMaxY()) + " below the visible "
                            + Math.round(visible.getMaxY()));
                }
            }
        }
        if (node instanceof javafx.scene.control.TextField field && field.getText() != null && field.getText().isEmpty()
                && field.getPromptText() != null && !field.getPromptText().isBlank() && field.getWidth() > 0) {
            promptCut(field, found);
        }
        if (node instanceof ButtonBase button && button.getWidth() > 0 && !insideVirtualFlow(button)) {
            buttons.add(button);
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            Node viewport = scroll.lookup(".viewport");
            Bounds port = viewport == null ? scroll.localToScene(scroll.getLayoutBounds())
                    : viewport.localToScene(viewport.getLayoutBounds());
            boolean across = scroll.getHbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER && !scroll.isFitToWidth();
            Bounds inner = new BoundingBox(across ? Double.NEGATIVE_INFINITY : port.getMinX(), port.getMinY(),
                    across ? Double.POSITIVE_INFINITY : port.getWidth(), port.getHeight());
            boolean down = scroll.getVbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER;
            visit(scroll.getContent(), inner, down, found, buttons);
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, visible, scrollsDown, found, buttons);
            }
        }
    }

    /** A search box whose placeholder is wider than the room for text in it (the skin cuts it without "…"). */
    private static void promptCut(javafx.scene.control.TextField field, List<String> found) {
        Text probe = new Text(field.getPromptText());
        probe.setFont(field.getFont());
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        if (field instanceof org.controlsfx.control.textfield.CustomTextField custom) {
            room -= width(custom.getLeft()) + width(custom.getRight());
        }
        if (probe.getLayoutBounds().getWidth() > room + 0.5) {
            found.add(describe(field) + " shows only part of its placeholder (" + Math.round(room) + " of "
                    + Math.round(probe.getLayoutBounds().getWidth()) + " px)");
        }
    }

    private static double width(Node n) {
        return n == null || !n.isVisible() ? 0 : n.getLayoutBounds().getWidth();
    }

    /**
     * A table or list cell of free text (a question's prompt, a bank's name) may end in "…" when its whole
     * text is one hover away, in the cell's tooltip; nothing else may.
     */
    private static boolean wholeTextInTooltip(Labeled labeled) {
        return labeled instanceof javafx.scene.control.Cell<?> && labeled.getTooltip() != null
                && labeled.getText().equals(labeled.getTooltip().getText());
    }

    /**
     * Two shown buttons that cover each other by more than a pixel each way. Buttons in list and table
     * cells are left out: their flow clips a cell half scrolled out of view, so it covers nothing.
     */
    private static void overlaps(List<ButtonBase> buttons, List<String> found) {
        for (int i = 0; i < buttons.size(); i++) {
            Bounds a = buttons.get(i).localToScene(buttons.get(i).getLayoutBounds());
            for (int j = i + 1; j < buttons.size(); j++) {
                if (isAncestor(buttons.get(i), buttons.get(j)) || isAncestor(buttons.get(j), buttons.get(i))) {
                    continue;
                }
                Bounds b = buttons.get(j).localToScene(buttons.get(j).getLayoutBounds());
                double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (w > 1 && h > 1) {
                    found.add(describe(buttons.get(i)) + " overlaps " + describe(buttons.get(j)));
                }
            }
        }
    }

    private static boolean isAncestor(Node maybeParent, Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n == maybeParent) {
                return true;
            }
        }
        return false;
    }

    /** Cells of lists and tables are placed and clipped by their own flow, which scrolls both ways. */
    private static boolean insideVirtualFlow(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.skin.VirtualFlow<?>) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Control c) {
        String text = c instanceof Labeled l ? l.getText()
                : c instanceof TextInputControl t ? (t.getPromptText() == null ? "" : t.getPromptText()) : "";
        return c.getClass().getSimpleName() + (c.getId() == null ? "" : " #" + c.getId()) + " '" + text + "'";
    }
}
