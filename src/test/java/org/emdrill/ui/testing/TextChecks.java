package org.emdrill.ui.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Checks on what text a user can actually read, for layout tests. */
public final class TextChecks {

    private TextChecks() {
    }

    /**
     * The texts of shown labels and buttons under {@code root} that JavaFX cut short with "…" because they
     * did not fit. Call on the FX thread after layout.
     */
    public static List<String> cutShort(Node root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut.stream().map(c -> c.startsWith("[button] ") ? c.substring(9) : c).toList();
    }

    /** As {@link #cutShort}, for buttons, toggles and check boxes only: what a user has to read to act. */
    public static List<String> cutShortButtons(Node root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut.stream().filter(c -> c.startsWith("[button] ")).map(c -> c.substring(9)).toList();
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && t.getText() != null && !t.getText().equals(l.getText())
                        && t.getText().endsWith(l.getEllipsisString()) && !l.getText().endsWith(l.getEllipsisString())) {
                    cut.add((l instanceof javafx.scene.control.ButtonBase ? "[button] " : "")
                            + l.getText() + " (shown as \"" + t.getText() + "\")");
                }
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }
}
