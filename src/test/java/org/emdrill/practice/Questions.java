package org.emdrill.practice;

import java.util.List;
import java.util.Map;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QuestionLevel;

/** Small banks for tests. */
final class Questions {
    private Questions() {
    }

    static Question question(String id, Map<Dimension, Integer> weights) {
        return new Question(id, "Prompt of " + id, List.of("Follow-up one?", "Follow-up two?"), weights,
                List.of("signal a", "signal b"), List.of("red flag"), 120, QuestionLevel.NEW_MANAGER, List.of());
    }

    static QuestionBank bank(String id, String... questionIds) {
        List<Question> qs = java.util.Arrays.stream(questionIds)
                .map(q -> question(q, Map.of(Dimension.COACHING, 3, Dimension.LEADERSHIP, 1)))
                .toList();
        return new QuestionBank(1, id, "Bank " + id, "", qs, BankSource.BUNDLED, id + ".json");
    }
}
