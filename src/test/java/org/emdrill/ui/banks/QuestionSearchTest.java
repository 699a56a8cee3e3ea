package org.emdrill.ui.banks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionKind;
import org.emdrill.domain.QuestionLevel;

class QuestionSearchTest {

    private final Question question = new Question("q1", "Describe a Conflict between two senior engineers.",
            List.of("What would you do differently?"), Map.of(Dimension.CONFLICT_RESOLUTION, 2),
            List.of("Listens to both sides first"), List.of("Takes sides at once"), 150,
            QuestionLevel.NEW_MANAGER, List.of("mediation"));

    @Test
    void findsWordsInThePromptIgnoringCase() {
        assertTrue(new QuestionSearch("conflict").matches(question));
        assertTrue(new QuestionSearch("SENIOR Engineers").matches(question));
    }

    @Test
    void findsTagsAndSignals() {
        assertTrue(new QuestionSearch("mediation").matches(question));
        assertTrue(new QuestionSearch("both sides").matches(question));
    }

    @Test
    void needsEveryWordSomewhere() {
        assertTrue(new QuestionSearch("conflict mediation").matches(question));
        assertFalse(new QuestionSearch("conflict hiring").matches(question));
    }

    @Test
    void searchesFollowUpsButNotRedFlags() {
        assertTrue(new QuestionSearch("differently").matches(question));
        assertFalse(new QuestionSearch("takes sides").matches(question));
    }

    @Test
    void saysWhereBesideThePromptTheWordsWereFound() {
        assertEquals(List.of(new QuestionSearch.Match("follow-up", "What would you do differently?")),
                new QuestionSearch("differently").matchesBesidePrompt(question));
        assertEquals(List.of(new QuestionSearch.Match("signal", "Listens to both sides first"),
                new QuestionSearch.Match("tag", "mediation")),
                new QuestionSearch("sides mediation").matchesBesidePrompt(question));
        assertEquals(List.of(), new QuestionSearch("conflict").matchesBesidePrompt(question), "the prompt is marked instead");
        assertEquals(List.of(), new QuestionSearch("").matchesBesidePrompt(question));
    }

    @Test
    void marksEveryPlaceAWordStandsInThePrompt() {
        String prompt = question.prompt(); // "Describe a Conflict between two senior engineers."
        List<int[]> marks = new QuestionSearch("conflict ENGINEERS senior").marks(prompt);
        assertEquals(List.of("Conflict", "senior", "engineers"),
                marks.stream().map(m -> prompt.substring(m[0], m[1])).toList(), "in order, each where it stands");
        assertEquals(List.of(), new QuestionSearch("hiring").marks(prompt));
        List<int[]> repeated = new QuestionSearch("an").marks("An ant and a plan");
        assertEquals(4, repeated.size());
    }

    @Test
    void blankQueryMatchesEverything() {
        assertTrue(new QuestionSearch("   ").isBlank());
        assertTrue(new QuestionSearch(null).matches(question));
    }

    @Test
    void kindAndLevelNarrowTheMatchesAndALevelKeepsAnyLevelQuestions() {
        Question story = new Question("q2", "Tell me about a conflict.", List.of(), Map.of(Dimension.LEADERSHIP, 1),
                List.of(), List.of(), 150, null, List.of(), QuestionKind.STORY, "", List.of(), Map.of());

        assertTrue(new QuestionSearch("", QuestionKind.STORY, null).matches(story));
        assertFalse(new QuestionSearch("", QuestionKind.SCENARIO, null).matches(story));
        assertFalse(new QuestionSearch("", QuestionKind.STORY, null).matches(question), "no kind is not a story");
        assertTrue(new QuestionSearch("", null, QuestionLevel.MANAGER_OF_MANAGERS).matches(story), "any level");
        assertFalse(new QuestionSearch("", null, QuestionLevel.MANAGER_OF_MANAGERS).matches(question));
        assertTrue(new QuestionSearch("conflict", null, QuestionLevel.NEW_MANAGER).matches(question));
        assertFalse(new QuestionSearch(" ", QuestionKind.STORY, null).isBlank(), "a filter alone is a search");
        assertTrue(new QuestionSearch(" ", null, null).isBlank());
    }

    @Test
    void describesTheSearchInWords() {
        assertEquals("“Peer feedback”, stories, new manager",
                new QuestionSearch(" Peer feedback ", QuestionKind.STORY, QuestionLevel.NEW_MANAGER).describe());
        assertEquals("scenarios", new QuestionSearch("", QuestionKind.SCENARIO, null).describe());
    }
}
