package org.emdrill.practice.schedule;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.QueuedQuestion;

/**
 * "Practise my weakest dimension": the dimension chosen, its mean so far (empty when never scored),
 * how many scores that mean is over, and the questions to practise, most relevant first.
 *
 * @param known true when the dimension has enough scores to be called the weakest; false when it was
 *              chosen because nothing is known about it yet (see {@code insights.WeakestDimension})
 */
public record WeakestArea(Dimension dimension, OptionalDouble average, int scoreCount, boolean known,
                          List<QueuedQuestion> questions) {
    public WeakestArea {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(average, "average");
        questions = List.copyOf(questions);
    }

    WeakestArea(Dimension dimension, OptionalDouble average, int scoreCount, List<QueuedQuestion> questions) {
        this(dimension, average, scoreCount, false, questions);
    }

    /** The same area, marked as known (enough scores) or not. */
    public WeakestArea known(boolean isKnown) {
        return new WeakestArea(dimension, average, scoreCount, isKnown, questions);
    }
}
