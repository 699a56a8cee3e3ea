package org.emdrill.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;
import java.util.ArrayList;
import java.util.List;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Rubric;

/**
 * One dimension on the scoring card: its weight in the current question (0 when not targeted), the
 * chosen level, the rubric's words for that level and its whole ladder.
 */
public final class DimensionScore {
    private final Dimension dimension;
    private final int weight;
    private final ObjectProperty<Integer> score = new SimpleObjectProperty<>();
    private final ObservableStringValue rubricText;
    private final Rubric rubric;

    /** One rung of the rubric's 1-5 ladder: what the level means and what a candidate can check for it. */
    public record Level(int level, String description, List<String> markers) {
        public Level {
            markers = List.copyOf(markers);
        }
    }

    public DimensionScore(Dimension dimension, int weight, Rubric rubric) {
        this.dimension = dimension;
        this.weight = weight;
        this.rubric = rubric;
        this.rubricText = Bindings.createStringBinding(() -> {
            Integer s = score.get();
            return s == null ? placeholderText() : levelText(s);
        }, score);
    }

    /** What the row says before a level is chosen. */
    public String placeholderText() {
        return weight > 0 ? "Pick a level; this question targets " + dimension.displayName() + "."
                : "Not shown in this answer.";
    }

    /** The rubric's words for one level, or "Level n" when the rubric has none. */
    public String levelText(int level) {
        String text = rubric.describe(dimension, level);
        return text.isEmpty() ? "Level " + level : text;
    }

    /** The whole ladder, 1 to 5, for judging an answer against every level, not only the chosen one. */
    public List<Level> ladder() {
        List<Level> levels = new ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            levels.add(new Level(level, levelText(level), rubric.markers(dimension, level)));
        }
        return levels;
    }

    public Dimension dimension() {
        return dimension;
    }

    public int weight() {
        return weight;
    }

    public boolean targeted() {
        return weight > 0;
    }

    /** The chosen level 1 to 5, or null for "not shown". */
    public ObjectProperty<Integer> scoreProperty() {
        return score;
    }

    public ObservableStringValue rubricText() {
        return rubricText;
    }
}
