package org.emdrill.ui.progress;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Lays cards out in as many equal columns as fit (each at least {@code minColumnWidth}, at most
 * {@code maxColumns}), row by row; the cards of a row share its height, and the cards of a last,
 * shorter row share its whole width, so no hole is left. On a narrow window the cards simply stack.
 */
class ResponsiveColumns extends Pane {

    private final double minColumnWidth;
    private final int maxColumns;
    private final double gap;

    ResponsiveColumns(double minColumnWidth, int maxColumns, double gap, Node... cards) {
        this.minColumnWidth = minColumnWidth;
        this.maxColumns = maxColumns;
        this.gap = gap;
        getChildren().addAll(cards);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + minColumnWidth;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? minColumnWidth * maxColumns : width - snappedLeftInset() - snappedRightInset();
        int columns = columns(inner);
        double columnWidth = columnWidth(inner, columns);
        List<Node> cards = getManagedChildren();
        double height = 0;
        for (int start = 0; start < cards.size(); start += columns) {
            int inRow = Math.min(cards.size(), start + columns) - start;
            double rowWidth = inRow == columns ? columnWidth : columnWidth(inner, inRow);
            height += rowHeight(cards, start, inRow, rowWidth) + (start > 0 ? gap : 0);
        }
        return snappedTopInset() + snappedBottomInset() + height;
    }

    @Override
    protected void layoutChildren() {
        double inner = getWidth() - snappedLeftInset() - snappedRightInset();
        int columns = columns(inner);
        double columnWidth = columnWidth(inner, columns);
        List<Node> cards = getManagedChildren();
        double y = snappedTopInset();
        for (int start = 0; start < cards.size(); start += columns) {
            int inRow = Math.min(cards.size(), start + columns) - start;
            double width = inRow == columns ? columnWidth : columnWidth(inner, inRow);
            double rowHeight = rowHeight(cards, start, inRow, width);
            for (int i = start; i < start + inRow; i++) {
                double x = snappedLeftInset() + (i - start) * (width + gap);
                cards.get(i).resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(width), snapSizeY(rowHeight));
            }
            y += rowHeight + gap;
        }
    }

    private int columns(double inner) {
        int fit = (int) Math.floor((inner + gap) / (minColumnWidth + gap));
        return Math.max(1, Math.min(Math.min(maxColumns, fit), Math.max(1, getManagedChildren().size())));
    }

    private double columnWidth(double inner, int columns) {
        return Math.max(0, (inner - gap * (columns - 1)) / columns);
    }

    private static double rowHeight(List<Node> cards, int start, int columns, double columnWidth) {
        double h = 0;
        for (int i = start; i < Math.min(cards.size(), start + columns); i++) {
            h = Math.max(h, cards.get(i).prefHeight(columnWidth));
        }
        return h;
    }
}
