package org.emdrill.ui.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.geometry.BoundingBox;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * What a user reads of a wrapped prompt: the lines it draws, top to bottom. For layout tests of prompts in
 * right-to-left scripts, whose wrapping JavaFX 21 gets wrong (lines repeated, others missing).
 */
public final class PromptLines {

    private PromptLines() {
    }

    /** One drawn line: its text, where it is in the scene, and its own height (several lines if it wraps). */
    private record Drawn(String text, Bounds bounds, double height, javafx.scene.text.Font font, double firstX,
            double lastX, boolean positionsKnown) {
    }

    /** The text of each drawn line, top to bottom. Call on the FX thread after layout. */
    public static List<String> of(Parent prompt) {
        return drawn(prompt).stream().map(Drawn::text).toList();
    }

    /**
     * Everything wrong with how {@code prompt} (a label, or a pane of one text flow a line) draws
     * {@code expected}: a word lost, repeated or out of order, a line wider than the prompt's room for
     * text, a line outside the prompt or outside {@code within}, lines drawn over each other, a
     * right-to-left line not against the right edge, a line that does not start on its paragraph's side
     * (its parts out of order), or right-to-left text left to JavaFX's own wrapping.
     * Call on the FX thread after layout.
     */
    public static List<String> problems(Parent prompt, String expected, Node within, boolean rightToLeft) {
        List<String> found = new ArrayList<>();
        List<Drawn> lines = drawn(prompt);
        List<String> texts = lines.stream().map(Drawn::text).toList();
        if (!words(expected).equals(words(String.join(" ", texts)))) {
            found.add("the drawn lines " + texts + " do not hold each word of '" + expected + "' once, in order");
        }
        Region box = (Region) prompt;
        Bounds label = prompt.localToScene(prompt.getLayoutBounds());
        Bounds area = within.localToScene(within.getLayoutBounds());
        double room = box.getWidth() - box.snappedLeftInset() - box.snappedRightInset();
        double previousBottom = Double.NEGATIVE_INFINITY;
        for (Drawn line : lines) {
            Bounds b = line.bounds();
            String name = "line '" + line.text() + "' " + b;
            if (java.text.Bidi.requiresBidi(line.text().toCharArray(), 0, line.text().length())
                    && line.height() > 1.5 * oneLineHeight(line.font())) {
                found.add(name + " is several lines that JavaFX wraps itself, which it draws with lines repeated"
                        + " and lost in right-to-left text");
            }
            if (b.getWidth() > room + 0.5) {
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
            if (rightToLeft && Math.abs(b.getMaxX() - (label.getMaxX() - box.snappedRightInset())) > 1) {
                found.add(name + " reads right to left but does not end at the prompt's right edge " + label.getMaxX());
            }
            // A line of more than one direction run starts on its paragraph's side: its first letter (in
            // reading order) is right of its last in a right-to-left paragraph, left of it otherwise. (One
            // run is reordered whole, whatever its direction.) Character positions are only known in a node
            // laid out left to right (JavaFX 21 reports them wrongly in a right-to-left one).
            int runs = new java.text.Bidi(line.text(), rightToLeft ? java.text.Bidi.DIRECTION_RIGHT_TO_LEFT
                    : java.text.Bidi.DIRECTION_LEFT_TO_RIGHT).getRunCount();
            if (runs > 1 && line.positionsKnown() && (rightToLeft ? line.firstX() <= line.lastX() : line.firstX() >= line.lastX())) {
                found.add(name + " does not start on the " + (rightToLeft ? "right" : "left")
                        + ": its parts are out of order");
            }
            previousBottom = b.getMaxY();
        }
        return found;
    }

    /**
     * The drawn lines (or parts of lines) whose colour does not stand out from the theme's background:
     * light text in the dark theme, dark text in the light one. Call on the FX thread after layout.
     */
    public static List<String> unreadable(Parent prompt, boolean darkTheme) {
        List<String> found = new ArrayList<>();
        for (Node n : prompt.getChildrenUnmodifiable()) {
            List<Node> parts = n instanceof TextFlow flow ? flow.getChildren() : List.of(n);
            for (Node part : parts) {
                if (part instanceof Text t && part.isVisible() && !visible(t.getText()).isEmpty()) {
                    boolean light = t.getFill() instanceof javafx.scene.paint.Color c && c.getBrightness() > 0.6;
                    if (light != darkTheme) {
                        found.add("'" + t.getText() + "' is drawn in " + t.getFill() + " in the "
                                + (darkTheme ? "dark" : "light") + " theme");
                    }
                }
            }
        }
        return found;
    }

    private static List<Drawn> drawn(Parent prompt) {
        List<Drawn> lines = new ArrayList<>();
        for (Node n : prompt.getChildrenUnmodifiable()) {
            if (!n.isVisible()) {
                continue;
            }
            if (n instanceof Text t && !t.getText().isEmpty()) {
                int first = t.getText().length() - visible(t.getText()).length();
                int last = t.getText().length() - 1;
                lines.add(new Drawn(visible(t.getText()), t.localToScene(t.getLayoutBounds()), t.getLayoutBounds().getHeight(),
                        t.getFont(), centreX(t, t.rangeShape(first, first + 1)), centreX(t, t.rangeShape(last, last + 1)),
                        t.getEffectiveNodeOrientation() == javafx.geometry.NodeOrientation.LEFT_TO_RIGHT));
            } else if (n instanceof TextFlow flow) {
                StringBuilder text = new StringBuilder();
                Bounds union = null;
                javafx.scene.text.Font font = null;
                for (Node part : flow.getChildren()) {
                    if (part instanceof Text t && !t.getText().isEmpty()) {
                        text.append(t.getText());
                        Bounds b = t.localToScene(t.getLayoutBounds());
                        union = union == null ? b : new BoundingBox(Math.min(union.getMinX(), b.getMinX()),
                                Math.min(union.getMinY(), b.getMinY()),
                                Math.max(union.getMaxX(), b.getMaxX()) - Math.min(union.getMinX(), b.getMinX()),
                                Math.max(union.getMaxY(), b.getMaxY()) - Math.min(union.getMinY(), b.getMinY()));
                        font = font == null ? t.getFont() : font;
                    }
                }
                if (union != null) {
                    int first = text.length() - visible(text.toString()).length();
                    int last = text.length() - 1;
                    lines.add(new Drawn(visible(text.toString()), union, flow.getHeight(), font,
                            centreX(flow, flow.rangeShape(first, first + 1)), centreX(flow, flow.rangeShape(last, last + 1)),
                            flow.getEffectiveNodeOrientation() == javafx.geometry.NodeOrientation.LEFT_TO_RIGHT));
                }
            }
        }
        lines.sort((a, b) -> Double.compare(a.bounds().getMinY(), b.bounds().getMinY()));
        return lines;
    }

    private static double oneLineHeight(javafx.scene.text.Font font) {
        Text probe = new Text("x");
        probe.setFont(font);
        return probe.getLayoutBounds().getHeight();
    }

    private static boolean inside(Bounds b, Bounds area) {
        return b.getMinX() >= area.getMinX() - 0.5 && b.getMaxX() <= area.getMaxX() + 0.5
                && b.getMinY() >= area.getMinY() - 0.5 && b.getMaxY() <= area.getMaxY() + 0.5;
    }

    /** Where a character's shape is across the scene (a right-to-left node draws in mirrored coordinates). */
    private static double centreX(Node node, javafx.scene.shape.PathElement[] shape) {
        Bounds b = new javafx.scene.shape.Path(shape).getLayoutBounds();
        return node.localToScene(b).getCenterX();
    }

    /** Without the invisible marks that set a line's direction. */
    private static String visible(String text) {
        return text.replace("\u200E", "").replace("\u200F", "");
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
