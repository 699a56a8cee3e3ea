package org.emdrill.ui.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emdrill.bank.BankLibrary;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QueuedQuestion;

/** Turns a "what to work on" suggestion into the questions to practise, from the loaded banks. */
public final class PracticeSets {

    /** A practice on one dimension asks at most this many questions: one sitting, not the whole library. */
    public static final int DIMENSION_SET_SIZE = 8;

    private PracticeSets() {
    }

    /**
     * The questions that weight {@code dimension} most; among equal weights the least practised first,
     * then in bank order.
     *
     * @param attemptsPerQuestion how often each question was answered, by question id; missing = never
     */
    public static List<QueuedQuestion> forDimension(BankLibrary library, Dimension dimension,
                                                    Map<String, Integer> attemptsPerQuestion, int limit) {
        List<QueuedQuestion> candidates = new ArrayList<>(library.targeting(dimension));
        // List.sort is stable, so equal questions keep bank order.
        candidates.sort(Comparator.<QueuedQuestion>comparingInt(q -> -q.question().weightOf(dimension))
                .thenComparingInt(q -> attemptsPerQuestion.getOrDefault(q.question().id(), 0)));
        return List.copyOf(candidates.subList(0, Math.min(Math.max(0, limit), candidates.size())));
    }

    /** The question as it stands in the loaded banks; empty when its bank or the question is gone. */
    public static Optional<QueuedQuestion> question(BankLibrary library, String bankId, String questionId) {
        Optional<QuestionBank> home = library.bank(bankId);
        if (home.isPresent()) {
            Optional<Question> q = home.get().question(questionId);
            if (q.isPresent()) {
                return Optional.of(new QueuedQuestion(home.get(), q.get()));
            }
        }
        // Question ids are unique across banks, so a question moved to another bank is still found.
        return library.question(questionId);
    }

    /** Every question of the bank, in bank order; empty when the bank is not loaded. */
    public static List<QueuedQuestion> forBank(BankLibrary library, String bankId) {
        return library.bank(bankId)
                .map(bank -> bank.questions().stream().map(q -> new QueuedQuestion(bank, q)).toList())
                .orElse(List.of());
    }
}
