package org.emdrill.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.NodeOrientation;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Draws a {@link PromptLabel}. Left-to-right text is one {@link Text} that JavaFX wraps. Text that holds
 * right-to-left letters is broken into lines by {@link LineBreaker}, measured with the label's own font,
 * and each line is a {@code Text} of its own that never wraps: JavaFX lays out one line of mixed
 * direction correctly, only its wrapping of such a paragraph repeats and drops lines. Each line reads in
 * its paragraph's direction ({@link LineBreaker#drawnText}); a right-to-left paragraph's lines are placed
 * against the right edge. Every line is broken again when the width, the text or the font changes.
 */
final class PromptLabelSkin extends SkinBase<Label> {

    /** Breakings kept per width: layout and the parent's height query ask for the same few widths. */
    private static final int KEPT_WIDTHS = 4;

    private final Text whole = new Text();
    private final List<Text> lineNodes = new ArrayList<>();
    private final Text measurer = new Text();
    /**
     * Measures the wrapped height for the parent's queries. Not {@code whole}: changing a shown child asks
     * the label, and so the whole window, for another layout, and the parent's queries come during layout,
     * so measuring with it laid the window out again at every pulse.
     */
    private final Text wholeMeasurer = new Text();
    private final Map<Double, List<LineBreaker.Line>> broken = new LinkedHashMap<>();
    private String brokenText;
    private Font brokenFont;

    PromptLabelSkin(Label label) {
        super(label);
        whole.setTextOrigin(VPos.TOP);
        measurer.setTextOrigin(VPos.TOP);
        wholeMeasurer.setTextOrigin(VPos.TOP);
        getChildren().setAll(whole);
        registerChangeListener(label.textProperty(), e -> label.requestLayout());
        registerChangeListener(label.fontProperty(), e -> label.requestLayout());
        registerChangeListener(label.textFillProperty(), e -> label.requestLayout());
        registerChangeListener(label.lineSpacingProperty(), e -> label.requestLayout());
        registerChangeListener(label.textAlignmentProperty(), e -> label.requestLayout());
    }

    private String text() {
        String t = getSkinnable().getText();
        return t == null ? "" : t;
    }

    private boolean hasRightToLeft() {
        return LineBreaker.hasRightToLeft(text());
    }

    private double measure(String s) {
        measurer.setFont(getSkinnable().getFont());
        measurer.setText(s);
        return measurer.getLayoutBounds().getWidth();
    }

    private double lineHeight(String s) {
        measurer.setFont(getSkinnable().getFont());
        measurer.setText(s.isEmpty() ? " " : s);
        return measurer.getLayoutBounds().getHeight();
    }

    private List<LineBreaker.Line> linesAt(double width) {
        String text = text();
        Font font = getSkinnable().getFont();
        if (!text.equals(brokenText) || !font.equals(brokenFont)) {
            broken.clear();
            brokenText = text;
            brokenFont = font;
        }
        List<LineBreaker.Line> lines = broken.get(width);
        if (lines == null) {
            lines = LineBreaker.lines(text, width, this::measure);
            if (broken.size() >= KEPT_WIDTHS) {
                broken.remove(broken.keySet().iterator().next());
            }
            broken.put(width, lines);
        }
        return lines;
    }

    private double linesHeight(List<LineBreaker.Line> lines) {
        double height = 0;
        for (LineBreaker.Line line : lines) {
            height += lineHeight(line.shown());
        }
        return height + Math.max(0, lines.size() - 1) * getSkinnable().getLineSpacing();
    }

    /** Sets {@code t} up as the label's text wrapped at {@code wrappingWidth}; setting equal values is free. */
    private void prepareWhole(Text t, double wrappingWidth) {
        Label label = getSkinnable();
        t.setText(text());
        t.setFont(label.getFont());
        t.setLineSpacing(label.getLineSpacing());
        t.setTextAlignment(label.getTextAlignment());
        t.setWrappingWidth(wrappingWidth);
    }

    /** Shows {@code nodes}, touching the children only when they differ: a change asks for layout again. */
    private void show(List<Text> nodes) {
        if (!getChildren().equals(nodes)) {
            getChildren().setAll(nodes);
        }
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        // As a wrapping label: it can be narrowed to almost nothing and grows taller instead.
        return left + right + measure(getSkinnable().getEllipsisString());
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        double widest = 0;
        for (String paragraph : text().split("\n", -1)) {
            widest = Math.max(widest, measure(paragraph));
        }
        return left + right + Math.ceil(widest);
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double content = width < 0 ? Double.MAX_VALUE : Math.max(0, width - left - right);
        if (!hasRightToLeft()) {
            prepareWhole(wholeMeasurer, width < 0 ? 0 : content);
            return top + bottom + wholeMeasurer.getLayoutBounds().getHeight();
        }
        return top + bottom + linesHeight(linesAt(content));
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        Label label = getSkinnable();
        if (!hasRightToLeft()) {
            prepareWhole(whole, w);
            whole.setFill(label.getTextFill());
            show(List.of(whole));
            whole.relocate(x, y + offset(h, whole.getLayoutBounds().getHeight()));
            return;
        }
        List<LineBreaker.Line> lines = linesAt(w);
        while (lineNodes.size() < lines.size()) {
            Text t = new Text();
            t.setTextOrigin(VPos.TOP);
            lineNodes.add(t);
        }
        lineNodes.subList(lines.size(), lineNodes.size()).clear();
        show(lineNodes);
        double lineY = y + offset(h, linesHeight(lines));
        for (int i = 0; i < lines.size(); i++) {
            LineBreaker.Line line = lines.get(i);
            Text t = lineNodes.get(i);
            t.setFont(label.getFont());
            t.setFill(label.getTextFill());
            t.setNodeOrientation(LineBreaker.needsRightToLeftNode(line) ? NodeOrientation.RIGHT_TO_LEFT
                    : NodeOrientation.LEFT_TO_RIGHT);
            t.setText(LineBreaker.drawnText(line));
            double lineWidth = t.getLayoutBounds().getWidth();
            t.relocate(line.rightToLeft() ? x + w - lineWidth : x, lineY);
            lineY += lineHeight(line.shown()) + label.getLineSpacing();
        }
    }

    /** Where the text starts down the label, by the label's vertical alignment, when it is taller. */
    private double offset(double available, double used) {
        double spare = Math.max(0, available - used);
        return switch (getSkinnable().getAlignment().getVpos()) {
            case TOP, BASELINE -> 0;
            case CENTER -> spare / 2;
            case BOTTOM -> spare;
        };
    }
}
