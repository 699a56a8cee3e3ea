package org.emdrill.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.junit.jupiter.api.Test;

class StoryMatrixTest {

    static final Instant T0 = Instant.parse("2025-05-01T10:00:00Z");

    static Question question(String id, String prompt, Map<Dimension, Integer> dims, String... tags) {
        return new Question(id, prompt, List.of(), dims, List.of(), List.of(), 150, null, List.of(tags));
    }

    static QuestionBank bank(String id, String title, Question... questions) {
        return new QuestionBank(1, id, title, "", List.of(questions), BankSource.BUNDLED, id + ".json");
    }

    static final QuestionBank DEADLINES = bank("missed-deadlines", "Missed deadlines",
            question("dl-slip", "Tell me about a project that slipped its deadline.",
                    Map.of(Dimension.EXECUTION, 3, Dimension.LEADERSHIP, 1), "deadline", "scope"),
            question("dl-tell", "How did you tell stakeholders the date would move?",
                    Map.of(Dimension.EXECUTION, 2, Dimension.CONFLICT_RESOLUTION, 2), "stakeholders"));
    static final QuestionBank COACHING = bank("coaching", "Coaching and growth",
            question("co-grow", "Tell me about an engineer you helped grow into a senior role.",
                    Map.of(Dimension.COACHING, 3), "growth", "promotion"));

    static Story story(String title, Set<Dimension> dims, Set<String> questions, Set<String> banks) {
        return Story.blank(T0).withText(title, "", "", "", "", "", "", "", "", List.of(), T0)
                .withLinks(dims, questions, banks, T0);
    }

    @Test
    void aQuestionLinkCoversItsBankOnTheQuestionsMainDimension() {
        Story s = story("Slip", Set.of(), Set.of("dl-slip"), Set.of());

        StoryMatrix m = StoryMatrix.of(List.of(DEADLINES, COACHING), List.of(s));

        assertEquals(1, m.cell("missed-deadlines", Dimension.EXECUTION).stories());
        assertEquals(0, m.cell("missed-deadlines", Dimension.LEADERSHIP).stories(), "leadership is not slip's main one");
        assertEquals(0, m.cell("coaching", Dimension.EXECUTION).stories());
    }

    @Test
    void aBankLinkNeedsADimensionAndCountsOncePerCell() {
        Story bankOnly = story("Bank only", Set.of(), Set.of(), Set.of("coaching"));
        Story both = story("Both", Set.of(Dimension.COACHING, Dimension.LEADERSHIP), Set.of("co-grow"), Set.of("coaching"));

        StoryMatrix m = StoryMatrix.of(List.of(DEADLINES, COACHING), List.of(bankOnly, both));

        assertEquals(1, m.cell("coaching", Dimension.COACHING).stories(), "bank + question + dimension is still one story");
        assertEquals(1, m.cell("coaching", Dimension.LEADERSHIP).stories());
        assertEquals(0, m.cell("missed-deadlines", Dimension.COACHING).stories());
    }

    @Test
    void aStoryWithNothingWrittenLeavesTheHoleItWasStartedFor() {
        Story started = story("", Set.of(Dimension.COACHING), Set.of(), Set.of("coaching"));
        assertFalse(started.hasText());

        StoryMatrix m = StoryMatrix.of(List.of(COACHING), List.of(started));

        assertEquals(0, m.cell("coaching", Dimension.COACHING).stories(), "links alone are no story yet");
        Story written = story("Grew a senior", Set.of(Dimension.COACHING), Set.of(), Set.of("coaching"));
        assertEquals(1, StoryMatrix.of(List.of(COACHING), List.of(written)).cell("coaching", Dimension.COACHING).stories());
    }

    @Test
    void aDimensionWithoutABankOrQuestionCoversNothing() {
        Story s = story("Floating", Set.of(Dimension.EXECUTION), Set.of(), Set.of());

        StoryMatrix m = StoryMatrix.of(List.of(DEADLINES), List.of(s));

        for (Dimension d : Dimension.values()) {
            assertEquals(0, m.cell("missed-deadlines", d).stories(), d.id());
        }
    }

    @Test
    void holesAreEmptyAskedCellsMostAskedFirst() {
        Story coached = story("Grew a senior", Set.of(), Set.of("co-grow"), Set.of());

        List<StoryMatrix.Hole> holes = StoryMatrix.of(List.of(DEADLINES, COACHING), List.of(coached)).holes();

        assertEquals(List.of("missed-deadlines/execution", "missed-deadlines/conflict-resolution",
                        "missed-deadlines/leadership"),
                holes.stream().map(h -> h.bankId() + "/" + h.dimension().id()).toList());
        StoryMatrix.Hole first = holes.get(0);
        assertEquals(5, first.demand());
        assertEquals("No story yet for missed deadlines that shows Execution", first.message());
        assertEquals("2 questions ask for it", first.detail());
        assertEquals("dl-slip", first.questionId(), "practise the question that weighs it most");
        assertFalse(holes.stream().anyMatch(h -> h.dimension() == Dimension.STRATEGIC_THINKING),
                "a dimension nobody asks about is no hole");
    }

    @Test
    void aCoveredCellIsNoHole() {
        Story s = story("Slip", Set.of(Dimension.CONFLICT_RESOLUTION), Set.of("dl-slip"), Set.of());

        StoryMatrix m = StoryMatrix.of(List.of(DEADLINES), List.of(s));

        assertTrue(m.holes().stream().noneMatch(h -> h.dimension() == Dimension.EXECUTION));
        assertTrue(m.holes().stream().noneMatch(h -> h.dimension() == Dimension.CONFLICT_RESOLUTION));
        assertEquals(List.of(Dimension.LEADERSHIP), m.holes().stream().map(StoryMatrix.Hole::dimension).toList());
    }
}
