package org.emdrill.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A question together with the bank it was drawn from. */
public record QueuedQuestion(QuestionBank bank, Question question) {
    public QueuedQuestion {
        Objects.requireNonNull(bank);
        Objects.requireNonNull(question);
    }

    /**
     * Every question of the banks that weights {@code dimension}, heaviest first; equal weights keep
     * bank order. The one implementation: {@code bank.BankLibrary#targeting} answers with it, and the
     * schedule's selections, which see only a list of banks, call it directly.
     */
    public static List<QueuedQuestion> targeting(List<QuestionBank> banks, Dimension dimension) {
        List<QueuedQuestion> found = new ArrayList<>();
        for (QuestionBank bank : banks) {
            for (Question q : bank.questions()) {
                if (q.targets(dimension)) {
                    found.add(new QueuedQuestion(bank, q));
                }
            }
        }
        // List.sort is stable, so equal weights keep bank order.
        found.sort(Comparator.comparingInt(q -> -q.question().weightOf(dimension)));
        return found;
    }
}
