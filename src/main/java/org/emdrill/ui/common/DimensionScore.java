package org.emdrill.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Rubric;

/**
 * One dimension on the scoring card: its weight in the current question (0 when not targeted), the
 * chosen level, and the rubric's words for that level.
 */
public final class DimensionScore {
    private final Dimension dimension;
    private final int weight;
    private final ObjectProperty<Integer> score = new SimpleObjectProperty<>();
    private final ObservableStringValue rubricText;

    public DimensionScore(Dimension dimension, int weight, Rubric rubric) {
        this.dimension = dimension;
        this.weight = weight;
        this.rubricText = Bindings.createStringBinding(() -> {
            Integer s = score.get();
            if (s == null) {
                return weight > 0 ? "Pick a level; this question targets " + dimension.displayName() + "."
                        : "Not shown in this answer.";
            }
            String text = rubric.describe(dimension, s);
            return text.isEmpty() ? "Level " + s : text;
        }, score);
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
