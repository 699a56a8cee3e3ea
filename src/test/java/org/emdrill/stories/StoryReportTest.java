package org.emdrill.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emdrill.domain.Dimension;
import org.junit.jupiter.api.Test;

class StoryReportTest {

    private static final Instant T = Instant.parse("2026-05-04T09:00:00Z");

    private static Story story(String title) {
        return Story.blank(T).withText(title, "", "", "", "", "", "", "", "", List.of(), T);
    }

    @Test
    void mostToldFirstWithAveragesAndTheFlagThenTheUntoldByTitle() {
        Story outage = story("The outage I owned");
        Story hire = story("A hire that did not work out");
        Story quiet = story("Zero to one team");
        Story migration = story("Billing migration");
        List<StoryUsage.Telling> tellings = new ArrayList<>();
        for (String bank : List.of("incidents", "hiring", "conflict", "deadlines")) {
            tellings.add(new StoryUsage.Telling(outage.id(), bank, Map.of(Dimension.EXECUTION, 4, Dimension.LEADERSHIP, 3)));
        }
        tellings.add(new StoryUsage.Telling(hire.id(), "hiring", Map.of(Dimension.COACHING, 2)));
        tellings.add(new StoryUsage.Telling(hire.id(), "hiring", Map.of(Dimension.COACHING, 3)));

        List<StoryReport.Line> lines = StoryReport.of(List.of(quiet, hire, migration, outage),
                StoryUsage.summarise(tellings));

        assertEquals(List.of("The outage I owned", "A hire that did not work out", "Billing migration", "Zero to one team"),
                lines.stream().map(StoryReport.Line::title).toList());
        StoryReport.Line top = lines.get(0);
        assertEquals(4, top.told());
        assertTrue(top.overused(), "told for four banks");
        assertEquals(Optional.of(4.0), top.average(Dimension.EXECUTION));
        assertEquals(Optional.empty(), top.average(Dimension.COACHING), "never scored there");
        assertEquals(Optional.of(2.5), lines.get(1).average(Dimension.COACHING));
        assertFalse(lines.get(1).overused());
        assertEquals(0, lines.get(3).told());
    }

    @Test
    void noStoriesNoLines() {
        assertEquals(List.of(), StoryReport.of(List.of(), Map.of()));
    }
}
