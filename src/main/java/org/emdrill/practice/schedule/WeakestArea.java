package org.emdrill.practice.schedule;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.QueuedQuestion;

/**
 * "Practise my weakest dimension": the dimension chosen, its mean so far (empty when never scored) and
 * the questions to practise, most relevant first.
 */
public record WeakestArea(Dimension dimension, OptionalDouble average, List<QueuedQuestion> questions) {
    public WeakestArea {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(average, "average");
        questions = List.copyOf(questions);
    }
}
