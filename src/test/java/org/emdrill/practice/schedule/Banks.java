package org.emdrill.practice.schedule;

import java.util.List;
import java.util.Map;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;

/** Small banks for the schedule tests. */
final class Banks {
    private Banks() {
    }

    static Question question(String id, Map<Dimension, Integer> weights) {
        return new Question(id, "Prompt of " + id, List.of("Why?"), weights, List.of(), List.of(), 120, null,
                List.of());
    }

    static QuestionBank bank(String id, Question... questions) {
        return new QuestionBank(1, id, "Bank " + id, "", List.of(questions), BankSource.BUNDLED, id + ".json");
    }

    static QuestionBank bank(String id, String... questionIds) {
        return new QuestionBank(1, id, "Bank " + id, "", java.util.Arrays.stream(questionIds)
                .map(q -> question(q, Map.of(Dimension.COACHING, 2))).toList(), BankSource.BUNDLED, id + ".json");
    }
}
