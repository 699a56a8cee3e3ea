package org.emdrill.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A prompt of right-to-left (or mixed) text with some stretches marked, such as the words a search found.
 * JavaFX 21 wraps such a {@link TextFlow} with lines repeated and others missing, so the lines are broken
 * here by {@link LineBreaker} and each is a {@code TextFlow} of its own, as wide as its line, hence
 * never wrapping, that reads in its paragraph's direction ({@link LineBreaker#drawnText}). The plain and marked parts take their look from the two style classes; the
 * fonts those give are also what the lines are measured with.
 */
public final class MarkedPrompt extends Region {

    private final String plainStyle;
    private final String markStyle;
    private final Text plainProbe = new Text("x");
    private final Text markProbe = new Text("x");
    private final Text measurer = new Text();
    private String text = "";
    private List<int[]> marks = List.of();
    private double builtWidth = Double.NaN;
    private Font builtPlain;
    private Font builtMark;
    private javafx.scene.paint.Paint builtPlainFill;
    private javafx.scene.paint.Paint builtMarkFill;
    private final List<TextFlow> lines = new ArrayList<>();
    private final List<Boolean> rightToLeft = new ArrayList<>();

    public MarkedPrompt(String plainStyle, String markStyle) {
        this.plainStyle = plainStyle;
        this.markStyle = markStyle;
        for (Text probe : List.of(plainProbe, markProbe)) {
            probe.setManaged(false);
            probe.setVisible(false);
            probe.fillProperty().addListener(o -> requestLayout());
            probe.fontProperty().addListener(o -> requestLayout());
        }
        plainProbe.getStyleClass().add(plainStyle);
        markProbe.getStyleClass().add(markStyle);
        getChildren().setAll(plainProbe, markProbe);
        setAccessibleRole(AccessibleRole.TEXT);
        setMinHeight(Region.USE_PREF_SIZE);
    }

    /** Shows {@code text} with the stretches {@code marks} (start and end offsets, in order) marked. */
    public void show(String text, List<int[]> marks) {
        this.text = text == null ? "" : text;
        this.marks = List.copyOf(marks);
        builtWidth = Double.NaN;
        setAccessibleText(this.text);
        requestLayout();
    }

    private boolean marked(int at) {
        for (int[] m : marks) {
            if (at >= m[0] && at < m[1]) {
                return true;
            }
        }
        return false;
    }

    /** The end of the stretch from {@code at} that is all marked or all plain, at most {@code end}. */
    private int sameUntil(int at, int end) {
        boolean hit = marked(at);
        int i = at + 1;
        while (i < end && marked(i) == hit) {
            i++;
        }
        return i;
    }

    private double width(int start, int end) {
        double w = 0;
        for (int at = start; at < end; ) {
            int until = sameUntil(at, end);
            measurer.setFont(marked(at) ? markProbe.getFont() : plainProbe.getFont());
            measurer.setText(text.substring(at, until));
            w += measurer.getLayoutBounds().getWidth();
            at = until;
        }
        return w;
    }

    /**
     * Breaks the text again when the width or the look from the style sheet (the theme) has changed. The
     * parts copy the font and colour of the probes, which the style sheet has already reached: parts made
     * during a layout pass would otherwise be drawn in black until the style sheet next reaches them.
     */
    private void build(double width) {
        if (width == builtWidth && plainProbe.getFont().equals(builtPlain) && markProbe.getFont().equals(builtMark)
                && plainProbe.getFill().equals(builtPlainFill) && markProbe.getFill().equals(builtMarkFill)) {
            return;
        }
        builtWidth = width;
        builtPlain = plainProbe.getFont();
        builtMark = markProbe.getFont();
        builtPlainFill = plainProbe.getFill();
        builtMarkFill = markProbe.getFill();
        lines.clear();
        rightToLeft.clear();
        for (LineBreaker.Line line : LineBreaker.lines(text, width, this::width)) {
            TextFlow flow = new TextFlow();
            int end = line.start() + line.shown().length();
            for (int at = line.start(); at < end; ) {
                int until = sameUntil(at, end);
                boolean hit = marked(at);
                String mark = at == line.start() ? LineBreaker.markBefore(line) : "";
                Text part = new Text(mark + text.substring(at, until));
                part.getStyleClass().add(hit ? markStyle : plainStyle);
                part.setFont(hit ? builtMark : builtPlain);
                part.setFill(hit ? builtMarkFill : builtPlainFill);
                part.setUnderline((hit ? markProbe : plainProbe).isUnderline());
                part.setTextOrigin(VPos.TOP);
                flow.getChildren().add(part);
                at = until;
            }
            if (flow.getChildren().isEmpty()) {
                Text empty = new Text("");
                empty.setFont(builtPlain);
                flow.getChildren().add(empty);
            }
            if (LineBreaker.needsRightToLeftNode(line)) {
                flow.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            }
            lines.add(flow);
            rightToLeft.add(line.rightToLeft());
        }
        List<javafx.scene.Node> children = new ArrayList<>(List.of(plainProbe, markProbe));
        children.addAll(lines);
        getChildren().setAll(children);
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        build(Double.MAX_VALUE);
        double widest = 0;
        for (TextFlow flow : lines) {
            widest = Math.max(widest, flow.prefWidth(-1));
        }
        return snappedLeftInset() + snappedRightInset() + Math.ceil(widest);
    }

    @Override
    protected double computePrefHeight(double width) {
        double room = width < 0 ? Double.MAX_VALUE : Math.max(0, width - snappedLeftInset() - snappedRightInset());
        build(room);
        double height = 0;
        for (TextFlow flow : lines) {
            height += flow.prefHeight(-1);
        }
        return snappedTopInset() + snappedBottomInset() + height;
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double room = getWidth() - x - snappedRightInset();
        build(room);
        double y = snappedTopInset();
        for (int i = 0; i < lines.size(); i++) {
            TextFlow flow = lines.get(i);
            // Exactly as wide as its line: narrower, a TextFlow would wrap it, and wrongly; a right-to-left
            // line is placed against the right edge.
            double w = Math.ceil(flow.prefWidth(-1));
            double h = flow.prefHeight(-1);
            flow.resizeRelocate(rightToLeft.get(i) ? x + room - w : x, y, w, h);
            y += h;
        }
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }
}
