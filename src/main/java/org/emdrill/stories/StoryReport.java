package org.emdrill.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emdrill.domain.Dimension;

/**
 * What Progress's "Stories" card shows: each story with how often it was told, its average score per
 * dimension and the "told for everything" flag of {@link StoryUsage}. The most told come first, so a
 * story stretched over everything sits at the top; stories never told follow, by title.
 */
public final class StoryReport {

    /** One story's line; {@code averages} holds only the dimensions it was scored on. */
    public record Line(String storyId, String title, int told, Map<Dimension, Double> averages, boolean overused) {
        public Line {
            averages = averages.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(averages));
        }

        public Optional<Double> average(Dimension d) {
            return Optional.ofNullable(averages.get(d));
        }
    }

    private StoryReport() {
    }

    public static List<Line> of(List<Story> stories, Map<String, StoryUsage.Summary> usage) {
        List<Line> lines = new ArrayList<>();
        for (Story s : stories) {
            StoryUsage.Summary u = usage.get(s.id());
            if (u == null && !s.hasText()) {
                continue; // nothing written and never told: nothing to report
            }
            lines.add(u == null ? new Line(s.id(), s.displayTitle(), 0, Map.of(), false)
                    : new Line(s.id(), s.displayTitle(), u.told(), u.averages(), u.overused()));
        }
        lines.sort(Comparator.comparingInt(Line::told).reversed().thenComparing(Line::title, String.CASE_INSENSITIVE_ORDER));
        return List.copyOf(lines);
    }
}
