package org.emdrill.stories;

import java.util.Optional;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;

/** The dimension a question weighs most; a tie goes to the first in {@link Dimension}'s order. */
public final class MainDimension {

    private MainDimension() {
    }

    public static Optional<Dimension> of(Question q) {
        Dimension best = null;
        int weight = 0;
        for (Dimension d : Dimension.values()) {
            int w = q.weightOf(d);
            if (w > weight) {
                best = d;
                weight = w;
            }
        }
        return Optional.ofNullable(best);
    }
}
