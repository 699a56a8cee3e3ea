package org.emdrill.stories;

import static org.emdrill.stories.StoryMatrixTest.COACHING;
import static org.emdrill.stories.StoryMatrixTest.DEADLINES;
import static org.emdrill.stories.StoryMatrixTest.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.emdrill.domain.Dimension;
import org.junit.jupiter.api.Test;

class QuestionSuggestionsTest {

    private static List<String> ids(List<QuestionSuggestions.Suggestion> list) {
        return list.stream().map(s -> s.question().id()).toList();
    }

    @Test
    void aMatchingTagOutranksSharedWords() {
        Story s = Story.blank(T0).withText("Helping stakeholders accept a new project plan", "", "", "", "", "", "", "",
                "", List.of("deadline"), T0);

        List<QuestionSuggestions.Suggestion> ranked = QuestionSuggestions.rank(s, List.of(DEADLINES, COACHING), 10);

        // dl-slip: tag "deadline" (3) + "project" (1) = 4; dl-tell: "stakeholders" (1).
        assertEquals(List.of("dl-slip", "dl-tell"), ids(ranked));
        assertEquals(4, ranked.get(0).score());
        assertEquals(List.of("deadline", "project"), ranked.get(0).matched());
    }

    @Test
    void linkedDimensionsBreakTiesButNeverSuggestOnTheirOwn() {
        Story s = Story.blank(T0).withText("A senior engineer and a deadline", "", "", "", "", "", "", "", "", List.of(), T0)
                .withLinks(Set.of(Dimension.COACHING), Set.of(), Set.of(), T0);

        List<QuestionSuggestions.Suggestion> ranked = QuestionSuggestions.rank(s, List.of(DEADLINES, COACHING), 10);

        // co-grow: "senior", "engineer" (2) + coaching weight 3 = 5; dl-slip: "deadline" in its prompt (1);
        // dl-tell: "deadline" in its bank's title (1), after dl-slip in bank order. No other question scores.
        assertEquals(List.of("co-grow", "dl-slip", "dl-tell"), ids(ranked));
        assertEquals(List.of(5, 1, 1), ranked.stream().map(QuestionSuggestions.Suggestion::score).toList());
    }

    @Test
    void linkedQuestionsAndUnrelatedOnesAreLeftOutAndTheLimitHolds() {
        Story s = Story.blank(T0).withText("Deadline slipped; stakeholders; engineer growth", "", "", "", "", "", "", "",
                "", List.of(), T0).withLinks(Set.of(), Set.of("dl-slip"), Set.of(), T0);

        List<QuestionSuggestions.Suggestion> ranked = QuestionSuggestions.rank(s, List.of(DEADLINES, COACHING), 1);

        assertEquals(1, ranked.size());
        assertTrue(!ids(ranked).contains("dl-slip"));
        assertEquals(List.of(), QuestionSuggestions.rank(Story.blank(T0), List.of(DEADLINES, COACHING), 5),
                "an empty story suggests nothing");
    }

    @Test
    void questionsOfALinkedBankComeFirstEvenWithoutASharedWord() {
        Story s = Story.blank(T0).withText("Helping stakeholders accept a new plan", "", "", "", "", "", "", "", "",
                List.of(), T0).withLinks(Set.of(), Set.of(), Set.of(COACHING.id()), T0);

        List<QuestionSuggestions.Suggestion> ranked = QuestionSuggestions.rank(s, List.of(DEADLINES, COACHING), 10);

        List<String> coaching = COACHING.questions().stream().map(q -> q.id()).toList();
        assertTrue(coaching.contains(ranked.get(0).question().id()), "a question of the linked bank leads: " + ids(ranked));
        assertTrue(ids(ranked).containsAll(coaching), "every question of the linked bank is offered: " + ids(ranked));
    }
}
