package org.emdrill.ui.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;

/**
 * Finds controls a screen reader could not name: no text of their own, no accessible text, no label that
 * points at them and, for text fields, no prompt. Parts that a control draws for itself (scroll bars, the
 * field inside a spinner, list cells) are left out: the control they belong to is what gets named.
 */
public final class AccessibleNames {

    private AccessibleNames() {
    }

    /** A description of every unnamed control under {@code root}, hidden ones included. On the FX thread. */
    public static List<String> unnamed(Node root) {
        Set<Node> labelled = new HashSet<>();
        collectLabelTargets(root, labelled);
        List<String> found = new ArrayList<>();
        walk(root, labelled, found);
        return found;
    }

    private static void collectLabelTargets(Node node, Set<Node> into) {
        if (node instanceof Label l && l.getLabelFor() != null) {
            into.add(l.getLabelFor());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectLabelTargets(c, into));
        }
    }

    private static void walk(Node node, Set<Node> labelled, List<String> found) {
        if (node instanceof ScrollBar || node instanceof IndexedCell<?> || node instanceof Separator) {
            return;
        }
        // Containers a user scrolls or resizes, never operates by name; what is inside them is checked.
        boolean container = node instanceof ScrollPane || node instanceof SplitPane;
        if (!container && node instanceof Control c && !(c instanceof Label) && !(c instanceof ProgressIndicator)
                && !named(c, labelled)) {
            found.add(describe(c));
        }
        // These draw their own inner controls; the outer control carries the name.
        if (node instanceof Spinner<?> || node instanceof ComboBoxBase<?> || node instanceof Slider
                || node instanceof TextInputControl) {
            return;
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, labelled, found));
        }
    }

    private static boolean named(Control c, Set<Node> labelled) {
        if (notBlank(c.getAccessibleText()) || labelled.contains(c)) {
            return true;
        }
        if (c instanceof Labeled l && notBlank(l.getText())) {
            return true;
        }
        return c instanceof TextInputControl t && notBlank(t.getPromptText())
                || c instanceof ComboBoxBase<?> b && notBlank(b.getPromptText());
    }

    private static String describe(Control c) {
        Tooltip tip = c.getTooltip();
        String where = "";
        for (Node n = c.getParent(); n != null && where.isEmpty(); n = n.getParent()) {
            if (n.getId() != null) {
                where = " in #" + n.getId();
            }
        }
        return c.getClass().getSimpleName() + (c.getId() == null ? "" : " #" + c.getId()) + c.getStyleClass()
                + (tip == null ? "" : " tooltip \"" + tip.getText() + "\"") + where;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
