package org.emdrill.ui.history;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.emdrill.bank.BankLibrary;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.Scores;

/**
 * The weights a revised attempt's overall score is computed with: the question's own, found in the
 * loaded banks by bank and question id. When the bank (or the question) is gone, every scored
 * dimension counts once, and {@link #found()} says so, so the screen can tell the user.
 *
 * @param weights by dimension, only the dimensions that count
 * @param found   true when the question's own weights were used
 */
record QuestionWeights(Map<Dimension, Integer> weights, boolean found) {

    QuestionWeights {
        weights = Map.copyOf(weights);
    }

    /** The question's weights, if its bank is still loaded. */
    static Optional<QuestionWeights> lookUp(BankLibrary library, String bankId, String questionId) {
        return library.bank(bankId)
                .flatMap(bank -> bank.question(questionId))
                .map(Question::dimensions)
                .filter(d -> !d.isEmpty())
                .map(d -> new QuestionWeights(d, true));
    }

    /** The question's weights, else weight 1 for each dimension {@code scores} scores. */
    static QuestionWeights forRevision(BankLibrary library, String bankId, String questionId, Scores scores) {
        return lookUp(library, bankId, questionId).orElseGet(() -> equalFor(scores));
    }

    static QuestionWeights equalFor(Scores scores) {
        Map<Dimension, Integer> equal = new EnumMap<>(Dimension.class);
        scores.values().keySet().forEach(d -> equal.put(d, 1));
        return new QuestionWeights(equal, false);
    }

    int weightOf(Dimension d) {
        return weights.getOrDefault(d, 0);
    }
}
