package org.emdrill.ui.common;

import java.util.Locale;
import java.util.Optional;

/**
 * How large the app's text is: the Settings choice, times how much larger the operating system's own text
 * is than its usual size; {@code -Demdrill.fontScale} replaces both for one run. Every stylesheet sizes
 * text in em from the root's {@link #BASE_PX}, so one root size scales everything.
 */
public final class TextScale {

    public static final double BASE_PX = 14;
    public static final String PROPERTY = "emdrill.fontScale";
    private static final double MIN = 0.8;
    private static final double MAX = 2.5;

    private TextScale() {
    }

    /**
     * @param setting the Settings choice (1.0 is normal)
     * @param property the value of {@code -Demdrill.fontScale}, or null
     * @param systemFontSize JavaFX's default font size, which follows the OS text-size setting
     * @param osName {@code os.name}
     */
    public static double effective(double setting, String property, double systemFontSize, String osName) {
        Optional<Double> forced = parse(property);
        if (forced.isPresent()) {
            return clamp(forced.get());
        }
        double os = systemFontSize / usualSystemSize(osName);
        // Only ever larger: a system font a little under the usual size is not a request for smaller text.
        return clamp(setting * Math.max(1.0, os));
    }

    /** The root style that applies a scale. */
    public static String rootStyle(double scale) {
        return String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", BASE_PX * scale);
    }

    /** JavaFX's default font size on each OS at the OS's normal text size. */
    static double usualSystemSize(String osName) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        return os.contains("win") ? 12 : 13;
    }

    private static Optional<Double> parse(String property) {
        if (property == null || property.isBlank()) {
            return Optional.empty();
        }
        try {
            double v = Double.parseDouble(property.strip());
            return Double.isFinite(v) && v > 0 ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static double clamp(double v) {
        return Math.max(MIN, Math.min(MAX, v));
    }
}
