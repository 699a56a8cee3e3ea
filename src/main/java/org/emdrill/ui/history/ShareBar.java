package org.emdrill.ui.history;

import javafx.scene.layout.Region;

/**
 * A thin horizontal bar: a track, a fill for a share (0..1) and, optionally, a tick where the aim lies.
 * Colours come from the stylesheet (share-bar, share-fill, share-aim).
 */
final class ShareBar extends Region {

    private final Region fill = new Region();
    private final Region aim = new Region();
    private final double share;
    private final double aimShare;

    /** @param aimShare where the tick goes, negative for none */
    ShareBar(double share, double aimShare) {
        this.share = clamp(share);
        this.aimShare = aimShare;
        getStyleClass().add("share-bar");
        fill.getStyleClass().add("share-fill");
        aim.getStyleClass().add("share-aim");
        aim.setVisible(aimShare >= 0);
        getChildren().addAll(fill, aim);
        setMinHeight(8);
        setPrefHeight(8);
        setMaxHeight(8);
        setPrefWidth(160);
        setMinWidth(60);
    }

    ShareBar addFillClass(String styleClass) {
        fill.getStyleClass().add(styleClass);
        return this;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        fill.resizeRelocate(0, 0, Math.round(w * share), h);
        double x = Math.round(w * clamp(aimShare));
        aim.resizeRelocate(Math.min(Math.max(0, x - 1), w - 2), -3, 2, h + 6);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
