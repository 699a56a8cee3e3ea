package org.emdrill.settings;

import java.util.List;

/** Where the main window was and how big, so it reopens the same way. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    public static final double MIN_WIDTH = 960;
    public static final double MIN_HEIGHT = 640;
    /** Larger than any screen made; anything beyond is a damaged or hand-edited file. */
    public static final double MAX_SIZE = 16_384;
    /** Screens side by side never reach this far from the origin. */
    public static final double MAX_POSITION = 100_000;

    /** A screen's usable area (without task bars), in the same units as the bounds. */
    public record Area(double x, double y, double width, double height) {

        boolean contains(double px, double py) {
            return px >= x && px < x + width && py >= y && py < y + height;
        }

        double overlap(double ox, double oy, double ow, double oh) {
            double w = Math.min(x + width, ox + ow) - Math.max(x, ox);
            double h = Math.min(y + height, oy + oh) - Math.max(y, oy);
            return w > 0 && h > 0 ? w * h : 0;
        }
    }

    public static WindowBounds defaults() {
        return new WindowBounds(Double.NaN, Double.NaN, 1280, 820, false);
    }

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }

    /** These bounds with any non-finite or out-of-range value replaced by its default. */
    public WindowBounds withinLimits() {
        WindowBounds d = defaults();
        boolean positionOk = hasPosition() && Double.isFinite(x) && Double.isFinite(y)
                && Math.abs(x) <= MAX_POSITION && Math.abs(y) <= MAX_POSITION;
        return new WindowBounds(positionOk ? x : Double.NaN, positionOk ? y : Double.NaN,
                inRange(width, MIN_WIDTH, MAX_SIZE) ? width : d.width(),
                inRange(height, MIN_HEIGHT, MAX_SIZE) ? height : d.height(), maximized);
    }

    /**
     * Fits the window onto the screens there are now: onto the screen that holds most of it (the first
     * screen, the primary, when none does), no larger than that screen and wholly inside it. A window
     * saved on a larger monitor thus opens fully on a smaller one.
     *
     * @param screens the visible screens, primary first
     */
    public WindowBounds clampedTo(List<Area> screens) {
        WindowBounds b = withinLimits();
        if (screens.isEmpty()) {
            return b;
        }
        Area screen = screens.get(0);
        if (b.hasPosition()) {
            double best = 0;
            for (Area s : screens) {
                double o = s.overlap(b.x, b.y, b.width, b.height);
                if (o > best || best == 0 && s.contains(b.x, b.y)) {
                    best = o;
                    screen = s;
                }
            }
        }
        double w = Math.min(b.width, screen.width());
        double h = Math.min(b.height, screen.height());
        if (!b.hasPosition()) {
            return new WindowBounds(Double.NaN, Double.NaN, w, h, b.maximized);
        }
        double cx = clamp(b.x, screen.x(), screen.x() + screen.width() - w);
        double cy = clamp(b.y, screen.y(), screen.y() + screen.height() - h);
        return new WindowBounds(cx, cy, w, h, b.maximized);
    }

    private static boolean inRange(double v, double min, double max) {
        return Double.isFinite(v) && v >= min && v <= max;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
