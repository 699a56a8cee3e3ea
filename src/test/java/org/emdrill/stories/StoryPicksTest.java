package org.emdrill.stories;

import static org.emdrill.stories.StoryMatrixTest.question;
import static org.emdrill.stories.StoryMatrixTest.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.junit.jupiter.api.Test;

class StoryPicksTest {

    static final Question SLIP = question("dl-slip", "Tell me about a project that slipped.",
            Map.of(Dimension.EXECUTION, 3, Dimension.LEADERSHIP, 1));

    private static List<String> titles(List<StoryPicks.Pick> picks) {
        return picks.stream().map(p -> p.story().title()).toList();
    }

    @Test
    void linkedStoriesComeFirstThenDimensionFitsThenTheRest() {
        Story other = story("Another team's hiring", Set.of(Dimension.COACHING), Set.of(), Set.of());
        Story fits = story("Migration cut-over", Set.of(Dimension.EXECUTION), Set.of(), Set.of());
        Story linked = story("The payments slip", Set.of(), Set.of("dl-slip"), Set.of());

        List<StoryPicks.Pick> picks = StoryPicks.forQuestion(SLIP, List.of(other, fits, linked));

        assertEquals(List.of("The payments slip", "Migration cut-over", "Another team's hiring"), titles(picks));
        assertEquals(List.of(StoryPicks.Fit.LINKED, StoryPicks.Fit.DIMENSIONS, StoryPicks.Fit.OTHER),
                picks.stream().map(StoryPicks.Pick::fit).toList());
    }

    @Test
    void heavierSharedWeightComesFirstAmongFitsAndTitlesBreakTies() {
        Story light = story("Aaa leadership only", Set.of(Dimension.LEADERSHIP), Set.of(), Set.of());
        Story heavy = story("Zzz execution and leadership", Set.of(Dimension.EXECUTION, Dimension.LEADERSHIP),
                Set.of(), Set.of());
        Story midB = story("b execution", Set.of(Dimension.EXECUTION), Set.of(), Set.of());
        Story midA = story("A execution", Set.of(Dimension.EXECUTION), Set.of(), Set.of());

        List<StoryPicks.Pick> picks = StoryPicks.forQuestion(SLIP, List.of(light, midB, heavy, midA));

        assertEquals(List.of("Zzz execution and leadership", "A execution", "b execution", "Aaa leadership only"),
                titles(picks));
        assertEquals(4, picks.get(0).weight());
    }

    @Test
    void aLinkedStoryStaysLinkedEvenWhenItAlsoFitsTheDimensions() {
        Story both = story("Both", Set.of(Dimension.EXECUTION), Set.of("dl-slip"), Set.of());
        Story fits = story("A fit with more weight", Set.of(Dimension.EXECUTION, Dimension.LEADERSHIP), Set.of(), Set.of());

        List<StoryPicks.Pick> picks = StoryPicks.forQuestion(SLIP, List.of(fits, both));

        assertEquals(List.of("Both", "A fit with more weight"), titles(picks));
        assertEquals(StoryPicks.Fit.LINKED, picks.get(0).fit());
    }

    @Test
    void noStoriesGiveAnEmptyList() {
        assertTrue(StoryPicks.forQuestion(SLIP, List.of()).isEmpty());
    }
}
