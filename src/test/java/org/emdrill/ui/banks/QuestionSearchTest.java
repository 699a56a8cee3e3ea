package org.emdrill.ui.banks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
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
    void doesNotSearchFollowUpsOrRedFlags() {
        assertFalse(new QuestionSearch("differently").matches(question));
        assertFalse(new QuestionSearch("takes sides").matches(question));
    }

    @Test
    void blankQueryMatchesEverything() {
        assertTrue(new QuestionSearch("   ").isBlank());
        assertTrue(new QuestionSearch(null).matches(question));
    }
}
