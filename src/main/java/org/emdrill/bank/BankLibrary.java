package org.emdrill.bank;

import java.util.List;
import java.util.Optional;

import org.emdrill.domain.Dimension;
import org.emdrill.domain.Problem;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QueuedQuestion;

/**
 * Every bank the app can offer, after loading the built-in and the user's banks.
 *
 * @param banks    the banks that loaded: built-in ones first, each group sorted by title
 * @param failures the files that did not load, in load order, each with all its problems
 * @param warnings things worth telling the user about banks that did load (or failed), such as unknown fields
 */
public record BankLibrary(List<QuestionBank> banks, List<BankLoadFailure> failures, List<Problem> warnings) {

    public BankLibrary {
        banks = List.copyOf(banks);
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }

    public static BankLibrary empty() {
        return new BankLibrary(List.of(), List.of(), List.of());
    }

    public boolean hasFailures() {
        return !failures.isEmpty();
    }

    /** The problems of all failed files, flattened in load order. */
    public List<Problem> problems() {
        return failures.stream().flatMap(f -> f.problems().stream()).toList();
    }

    public Optional<QuestionBank> bank(String bankId) {
        return banks.stream().filter(b -> b.id().equals(bankId)).findFirst();
    }

    /** The question with this id in any loaded bank (ids are unique across banks). */
    public Optional<QueuedQuestion> question(String questionId) {
        for (QuestionBank bank : banks) {
            Optional<Question> q = bank.question(questionId);
            if (q.isPresent()) {
                return Optional.of(new QueuedQuestion(bank, q.get()));
            }
        }
        return Optional.empty();
    }

    /** Every question that weights {@code dimension}, heaviest first; equal weights keep bank order. */
    public List<QueuedQuestion> targeting(Dimension dimension) {
        return targeting(banks, dimension);
    }

    /** {@link #targeting(Dimension)} over any list of banks. */
    public static List<QueuedQuestion> targeting(List<QuestionBank> banks, Dimension dimension) {
        return QueuedQuestion.targeting(banks, dimension);
    }
}
