package org.emdrill.ui.testing;

import java.util.List;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;

/** Colour checks for tests that assert what a user can read: WCAG contrast and how far two colours differ. */
public final class Colours {

    private Colours() {
    }

    /** The colour a stack of (possibly translucent) fills shows over the page. */
    public static Color composite(Color backdrop, List<BackgroundFill> fills) {
        Color c = backdrop;
        for (BackgroundFill f : fills) {
            Color top = (Color) f.getFill();
            double a = top.getOpacity();
            c = new Color(top.getRed() * a + c.getRed() * (1 - a), top.getGreen() * a + c.getGreen() * (1 - a),
                    top.getBlue() * a + c.getBlue() * (1 - a), 1);
        }
        return c;
    }

    /** WCAG contrast ratio. */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    public static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** CIE76 colour difference in L*a*b*: about 2 is just noticeable, 10 plainly different. */
    public static double deltaE(Color a, Color b) {
        double[] p = lab(a);
        double[] q = lab(b);
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }

    private static double[] lab(Color c) {
        double r = linear(c.getRed());
        double g = linear(c.getGreen());
        double b = linear(c.getBlue());
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }
}
