package org.emdrill.ui.common;

import javafx.geometry.Insets;
import javafx.scene.layout.Region;

/**
 * Holds one single-line node that changes by itself while an answer runs (a clock's text, the time
 * recorded, the target bar) and keeps those changes from laying out the whole window. A managed node
 * that asks for layout makes every ancestor up to the scene lay out again, and each of them re-measures
 * its wrapped labels: the clock's and the recording's once-a-second text made two such passes a second,
 * a third of the FX thread's work while an answer recorded. Here the child is unmanaged, so its own
 * request stops at it (JavaFX lays out an unmanaged node as a root of its own); the fence asks its parent
 * for room only when the child no longer fits the room it has, as when a clock passes 9:59. A child that
 * gets shorter keeps its room until the next layout of the page, so a clock does not jitter.
 */
public final class LayoutFence extends Region {

    private final Region child;
    /** True while this fence sizes its child, which makes the child ask for layout too. */
    private boolean sizing;

    public LayoutFence(Region child) {
        this.child = child;
        child.setManaged(false);
        getChildren().add(child);
        child.needsLayoutProperty().addListener((obs, was, is) -> {
            if (is && !sizing && !childFits()) {
                requestLayout();
            }
        });
    }

    /** Whether the child's size now fits the room laid out for it. */
    boolean childFits() {
        Insets in = getInsets();
        double w = getWidth() - in.getLeft() - in.getRight();
        double h = getHeight() - in.getTop() - in.getBottom();
        return snapSizeX(child.prefWidth(-1)) <= w + 0.5 && snapSizeY(child.prefHeight(w)) <= h + 0.5;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        sizing = true;
        try {
            child.resizeRelocate(in.getLeft(), in.getTop(), getWidth() - in.getLeft() - in.getRight(),
                    getHeight() - in.getTop() - in.getBottom());
        } finally {
            sizing = false;
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return horizontal() + child.prefWidth(-1);
    }

    @Override
    protected double computeMinWidth(double height) {
        return horizontal() + child.minWidth(-1);
    }

    @Override
    protected double computeMaxWidth(double height) {
        return horizontal() + child.maxWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        return vertical() + child.prefHeight(width < 0 ? -1 : width - horizontal());
    }

    @Override
    protected double computeMinHeight(double width) {
        return vertical() + child.minHeight(width < 0 ? -1 : width - horizontal());
    }

    @Override
    protected double computeMaxHeight(double width) {
        return vertical() + child.maxHeight(width < 0 ? -1 : width - horizontal());
    }

    @Override
    public double getBaselineOffset() {
        return child.getLayoutY() + child.getBaselineOffset();
    }

    private double horizontal() {
        return getInsets().getLeft() + getInsets().getRight();
    }

    private double vertical() {
        return getInsets().getTop() + getInsets().getBottom();
    }
}
