package org.emdrill.practice.mockinterview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QueuedQuestion;
import org.junit.jupiter.api.Test;

class InterviewQuestionPickerTest {

    private final List<QuestionBank> banks = List.of(
            InterviewFixtures.bank("a", "a1", "a2", "a3", "a4"),
            InterviewFixtures.bank("b", "b1", "b2"),
            InterviewFixtures.bank("c", "c1", "c2", "c3"));

    @Test
    void balancedSelectionNeverTakesTwoQuestionsInARowFromTheSameBankWhileOthersHaveSome() {
        for (long seed = 0; seed < 50; seed++) {
            List<QueuedQuestion> picked = new InterviewQuestionPicker(new SplittableRandom(seed))
                    .pick(config(QuestionSelection.BALANCED, 6, List.of()), banks, List.of(org.emdrill.domain.Dimension.values()), Map.of());

            assertEquals(6, picked.size());
            assertEquals(6, new HashSet<>(picked).size(), "no repeats");
            for (int i = 1; i < picked.size(); i++) {
                assertNotEquals(picked.get(i - 1).bank().id(), picked.get(i).bank().id(), "seed " + seed);
            }
        }
    }

    @Test
    void randomSelectionDrawsOnlyFromTheChosenBanksAndStopsWhenTheyRunOut() {
        List<QueuedQuestion> picked = new InterviewQuestionPicker(new SplittableRandom(1))
                .pick(config(QuestionSelection.RANDOM, 5, List.of("b")), banks, List.of(org.emdrill.domain.Dimension.values()), Map.of());

        assertEquals(2, picked.size());
        assertTrue(picked.stream().allMatch(q -> q.bank().id().equals("b")));
    }

    @Test
    void weakestDimensionSelectionUsesTheWeakestAreaQuestions() {
        List<QueuedQuestion> picked = new InterviewQuestionPicker(new SplittableRandom(1))
                .pick(InterviewPresets.weakestArea().config(), banks, List.of(org.emdrill.domain.Dimension.values()), Map.of());

        assertEquals(List.of("a1", "a2", "a3"), picked.stream().map(q -> q.question().id()).toList(),
                "the first dimension in the order the banks ask about (execution, not leadership)");
        List<QueuedQuestion> coaching = new InterviewQuestionPicker(new SplittableRandom(1))
                .pick(InterviewPresets.weakestArea().config(), banks, List.of(org.emdrill.domain.Dimension.COACHING, org.emdrill.domain.Dimension.EXECUTION),
                        Map.of("a1", java.time.Instant.parse("2024-05-01T00:00:00Z"),
                                "a2", java.time.Instant.parse("2024-04-01T00:00:00Z")));
        // Coaching weighs 3 in every fixture question: never practised first, in bank order.
        assertEquals(List.of("a3", "a4", "b1"), coaching.stream().map(q -> q.question().id()).toList());
    }

    private static InterviewConfig config(QuestionSelection selection, int count, List<String> bankIds) {
        return new InterviewConfig(count, selection, bankIds, Duration.ofSeconds(30), null, 1, null, AnswerMode.TYPED,
                ScoringTiming.AFTER_EACH);
    }
}
