package org.emdrill.practice.mockinterview;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QueuedQuestion;

/** Banks and configs for the mock-interview tests. Every question has a 120 s target and two follow-ups. */
final class InterviewFixtures {
    private InterviewFixtures() {
    }

    static Question question(String id) {
        return new Question(id, "Prompt of " + id, List.of(id + " follow-up one?", id + " follow-up two?"),
                Map.of(Dimension.COACHING, 3, Dimension.EXECUTION, 1), List.of("signal"), List.of("red flag"), 120,
                null, List.of());
    }

    static QuestionBank bank(String id, String... questionIds) {
        List<Question> qs = new ArrayList<>();
        for (String q : questionIds) {
            qs.add(question(q));
        }
        return new QuestionBank(1, id, "Bank " + id, "", qs, BankSource.BUNDLED, id + ".json");
    }

    static List<QueuedQuestion> queued(QuestionBank bank) {
        return bank.questions().stream().map(q -> new QueuedQuestion(bank, q)).toList();
    }

    /** Prep 30 s, the questions' own targets, the given follow-ups and scoring. */
    static InterviewConfig config(int questions, int followUps, ScoringTiming scoring) {
        return new InterviewConfig(questions, QuestionSelection.RANDOM, List.of(), Duration.ofSeconds(30), null,
                followUps, Duration.ofSeconds(60), AnswerMode.TYPED, scoring);
    }
}
