package org.emdrill.practice.mockinterview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.LoopQuestion;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QuestionKind;
import org.emdrill.domain.QuestionLevel;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.practice.QuestionFilter;
import org.junit.jupiter.api.Test;

/** A mock interview shaped like a company's loop: exactly its questions, each with the loop's time. */
class LoopInterviewTest {

    private final List<QuestionBank> banks = List.of(
            InterviewFixtures.bank("a", "a1", "a2", "a3"),
            InterviewFixtures.bank("b", "b1", "b2"));

    private static InterviewConfig loop(String... idsAndSeconds) {
        List<LoopQuestion> qs = new java.util.ArrayList<>();
        for (int i = 0; i < idsAndSeconds.length; i += 2) {
            qs.add(new LoopQuestion(idsAndSeconds[i], Integer.parseInt(idsAndSeconds[i + 1]), "why " + i));
        }
        return InterviewConfig.loop(qs, Duration.ofSeconds(20), 1, Duration.ofSeconds(75), AnswerMode.TYPED,
                ScoringTiming.AT_END);
    }

    private List<QueuedQuestion> pick(InterviewConfig c) {
        return new InterviewQuestionPicker(new SplittableRandom(3)).pick(c, banks, List.of(), Map.of());
    }

    @Test
    void asksExactlyTheLoopsQuestionsInItsOrderWithItsTimes() {
        InterviewConfig c = loop("b2", "240", "a1", "180", "a3", "300");
        List<QueuedQuestion> picked = pick(c);

        assertEquals(List.of("b2", "a1", "a3"), picked.stream().map(q -> q.question().id()).toList());
        assertEquals(3, c.questionCount());
        assertEquals(Duration.ofSeconds(240), c.targetFor(picked.get(0).question()));
        assertEquals(Duration.ofSeconds(300), c.answerTimer(picked.get(2).question()).target());
        assertEquals(Duration.ofSeconds(75), c.followUpTimer().target());
    }

    @Test
    void aQuestionMissingFromTheBanksIsSkippedAndNamed() {
        InterviewConfig c = loop("a1", "180", "gone", "200", "b1", "150");

        assertEquals(List.of("a1", "b1"), pick(c).stream().map(q -> q.question().id()).toList());
        assertEquals(List.of("gone"), InterviewQuestionPicker.missingLoopQuestions(c, banks));
        assertTrue(InterviewQuestionPicker.missingLoopQuestions(InterviewFixtures.config(2, 0, ScoringTiming.AT_END),
                banks).isEmpty());
    }

    @Test
    void aLoopNeedsQuestions() {
        assertThrows(IllegalArgumentException.class, () -> new InterviewConfig(1, QuestionSelection.LOOP, List.of(),
                Duration.ZERO, null, 0, null, AnswerMode.TYPED, ScoringTiming.AT_END, null, List.of()));
    }

    @Test
    void aLoopSurvivesTheJsonOfPresetsSessionsAndSnapshots() {
        InterviewConfig c = loop("b2", "240", "a1", "180");
        InterviewConfig back = InterviewJson.fromJsonText(InterviewJson.toJsonText(c)).orElseThrow();
        assertEquals(c, back);
    }

    @Test
    void aFilterSurvivesTheJsonAndOldJsonReadsAsNoFilter() {
        InterviewConfig c = InterviewFixtures.config(3, 1, ScoringTiming.AT_END)
                .withFilter(new QuestionFilter(QuestionKind.STORY, QuestionLevel.EXPERIENCED_MANAGER));
        assertEquals(c, InterviewJson.fromJsonText(InterviewJson.toJsonText(c)).orElseThrow());
        InterviewConfig old = InterviewJson.fromJsonText("{\"questionCount\":2,\"selection\":\"random\"}").orElseThrow();
        assertEquals(QuestionFilter.ANY, old.filter());
        InterviewConfig lost = InterviewJson.fromJsonText("{\"questionCount\":2,\"selection\":\"loop\"}").orElseThrow();
        assertEquals(QuestionSelection.BALANCED, lost.selection(), "a loop whose questions are lost draws from the banks");
    }

    @Test
    void theFilterNarrowsTheQuestionsDrawnFromTheBanks() {
        QuestionBank mixed = new QuestionBank(1, "m", "Mixed", "", List.of(
                org.emdrill.practice.QuestionFilterTest.q("s1", QuestionKind.STORY, null),
                org.emdrill.practice.QuestionFilterTest.q("c1", QuestionKind.SCENARIO, null),
                org.emdrill.practice.QuestionFilterTest.q("s2", QuestionKind.STORY, QuestionLevel.NEW_MANAGER)),
                org.emdrill.domain.BankSource.BUNDLED, "m.json");
        InterviewConfig c = new InterviewConfig(5, QuestionSelection.RANDOM, List.of(), Duration.ZERO, null, 0, null,
                AnswerMode.TYPED, ScoringTiming.AT_END, new QuestionFilter(QuestionKind.STORY, null), List.of());
        List<QueuedQuestion> picked = new InterviewQuestionPicker(new SplittableRandom(1))
                .pick(c, List.of(mixed), List.of(), Map.of());
        assertEquals(java.util.Set.of("s1", "s2"),
                picked.stream().map(q -> q.question().id()).collect(java.util.stream.Collectors.toSet()));
    }
}
