package org.emdrill.settings;

/** Where the main window was and how big, so it reopens the same way. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    public static final double MIN_WIDTH = 960;
    public static final double MIN_HEIGHT = 640;

    public static WindowBounds defaults() {
        return new WindowBounds(Double.NaN, Double.NaN, 1280, 820, false);
    }

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
