package org.emdrill.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emdrill.domain.Dimension;
import org.junit.jupiter.api.Test;

class StoryUsageTest {

    @Test
    void countsTellingsAndAveragesEachDimension() {
        Map<String, StoryUsage.Summary> s = StoryUsage.summarise(List.of(
                new StoryUsage.Telling("a", "b1", Map.of(Dimension.EXECUTION, 4)),
                new StoryUsage.Telling("a", "b1", Map.of(Dimension.EXECUTION, 2, Dimension.COACHING, 5)),
                new StoryUsage.Telling("b", "b2", Map.of())));

        assertEquals(2, s.get("a").told());
        assertEquals(Optional.of(3.0), s.get("a").average(Dimension.EXECUTION));
        assertEquals(Optional.of(5.0), s.get("a").average(Dimension.COACHING));
        assertEquals(Optional.empty(), s.get("b").average(Dimension.EXECUTION));
        assertFalse(s.get("a").overused(), "two tellings are not yet a pattern");
    }

    @Test
    void aStoryToldForEverythingIsFlagged() {
        List<StoryUsage.Telling> t = new ArrayList<>();
        for (String bank : List.of("b1", "b2", "b3", "b4")) {
            t.add(new StoryUsage.Telling("always", bank, Map.of()));
        }
        for (int i = 0; i < 6; i++) {
            t.add(new StoryUsage.Telling("other" + i, "b1", Map.of()));
        }
        for (int i = 0; i < 4; i++) {
            t.add(new StoryUsage.Telling("focused", "b1", Map.of()));
        }

        Map<String, StoryUsage.Summary> s = StoryUsage.summarise(t);

        assertTrue(s.get("always").overused(), "told across four banks");
        assertEquals(4, s.get("always").banks());
        assertFalse(s.get("focused").overused(), "four times for one topic, under half of all tellings");
    }
}
