package org.emdrill.stories;

import java.util.Comparator;
import java.util.List;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;

/**
 * The questions a hole's "Practise" asks: the bank's questions on the hole's dimension, the ones that
 * weigh it most first, at most one sitting's worth. Most questions of a bank weigh most dimensions a
 * little, so "every question that targets it" was often the whole bank; like Progress's "Practise
 * &lt;dimension&gt;", it takes the heaviest few.
 */
public final class HolePractice {

    /** The same size as a dimension practice from Progress: one sitting, not the whole bank. */
    public static final int SET_SIZE = 8;

    private HolePractice() {
    }

    /** Heaviest on {@code dimension} first; equal weights keep bank order; none when no question targets it. */
    public static List<Question> questions(QuestionBank bank, Dimension dimension, int limit) {
        return bank.questions().stream()
                .filter(q -> q.targets(dimension))
                .sorted(Comparator.comparingInt((Question q) -> q.weightOf(dimension)).reversed())
                .limit(Math.max(0, limit))
                .toList();
    }
}
