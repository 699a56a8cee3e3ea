package org.emdrill.stories;

import java.util.Locale;
import java.util.StringJoiner;
import org.emdrill.domain.Dimension;

/** A story's usage in one line: "Told 3 times · Execution 3.5 · Leadership 4.0", or "Not told yet". */
public final class UsageLine {

    private UsageLine() {
    }

    public static String of(StoryUsage.Summary s) {
        if (s == null || s.told() == 0) {
            return "Not told yet";
        }
        StringJoiner line = new StringJoiner(" \u00b7 ");
        line.add(s.told() == 1 ? "Told once" : "Told " + s.told() + " times");
        for (Dimension d : Dimension.values()) {
            s.average(d).ifPresent(avg -> line.add(d.displayName() + " " + String.format(Locale.ROOT, "%.1f", avg)));
        }
        return line.toString();
    }
}
