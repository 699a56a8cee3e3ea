package org.emdrill.ui.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;

/**
 * What a user reads of a wrapped prompt: the lines it draws, top to bottom. For layout tests of prompts in
 * right-to-left scripts, whose wrapping JavaFX 21 gets wrong (lines repeated, others missing).
 */
public final class PromptLines {

    private PromptLines() {
    }

    /** The text of each drawn line, top to bottom. Call on the FX thread after layout. */
    public static List<String> of(Label prompt) {
        return texts(prompt).stream().map(Text::getText).toList();
    }

    /**
     * Everything wrong with how {@code prompt} draws {@code expected}: a word lost, repeated or out of
     * order, a line wider than the label's room for text, a line outside the label or outside
     * {@code within}, lines drawn over each other, a right-to-left line not against the right edge, or
     * right-to-left text left to JavaFX's own wrapping.
     * Call on the FX thread after layout.
     */
    public static List<String> problems(Label prompt, String expected, Node within, boolean rightToLeft) {
        List<String> found = new ArrayList<>();
        List<Text> lines = texts(prompt);
        List<String> drawn = new ArrayList<>();
        lines.forEach(t -> drawn.add(t.getText()));
        if (!words(expected).equals(words(String.join(" ", drawn)))) {
            found.add("the drawn lines " + drawn + " do not hold each word of '" + expected + "' once, in order");
        }
        Bounds label = prompt.localToScene(prompt.getLayoutBounds());
        Bounds area = within.localToScene(within.getLayoutBounds());
        double room = prompt.getWidth() - prompt.snappedLeftInset() - prompt.snappedRightInset();
        double previousBottom = Double.NEGATIVE_INFINITY;
        for (Text t : lines) {
            Bounds b = t.localToScene(t.getLayoutBounds());
            String name = "line '" + t.getText() + "' " + b;
            if (java.text.Bidi.requiresBidi(t.getText().toCharArray(), 0, t.getText().length())
                    && t.getLayoutBounds().getHeight() > 1.5 * oneLineHeight(t)) {
                found.add(name + " is several lines that JavaFX wraps itself, which it draws with lines repeated"
                        + " and lost in right-to-left text");
            }
            if (t.getLayoutBounds().getWidth() > room + 0.5) {
                found.add(name + " is wider than the " + room + " the prompt has");
            }
            if (!inside(b, label)) {
                found.add(name + " is outside the prompt " + label);
            }
            if (!inside(b, area)) {
                found.add(name + " is outside " + area);
            }
            if (b.getMinY() < previousBottom - 0.5) {
                found.add(name + " is drawn over the line above it");
            }
            if (rightToLeft && Math.abs(b.getMaxX() - (label.getMaxX() - prompt.snappedRightInset())) > 1) {
                found.add(name + " reads right to left but does not end at the prompt's right edge " + label.getMaxX());
            }
            previousBottom = b.getMaxY();
        }
        return found;
    }

    private static double oneLineHeight(Text line) {
        Text probe = new Text("x");
        probe.setFont(line.getFont());
        return probe.getLayoutBounds().getHeight();
    }

    private static boolean inside(Bounds b, Bounds area) {
        return b.getMinX() >= area.getMinX() - 0.5 && b.getMaxX() <= area.getMaxX() + 0.5
                && b.getMinY() >= area.getMinY() - 0.5 && b.getMaxY() <= area.getMaxY() + 0.5;
    }

    private static List<Text> texts(Label prompt) {
        List<Text> lines = new ArrayList<>();
        for (Node n : prompt.getChildrenUnmodifiable()) {
            if (n instanceof Text t && t.isVisible() && !t.getText().isEmpty()) {
                lines.add(t);
            }
        }
        lines.sort((a, b) -> Double.compare(a.getBoundsInParent().getMinY(), b.getBoundsInParent().getMinY()));
        return lines;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
