package org.emdrill.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.emdrill.domain.Dimension;
import org.junit.jupiter.api.Test;

class UsageLineTest {

    @Test
    void namesTimesToldAndTheAverageOfEachScoredDimension() {
        var usage = StoryUsage.summarise(List.of(
                new StoryUsage.Telling("s", "b1", Map.of(Dimension.EXECUTION, 3, Dimension.LEADERSHIP, 4)),
                new StoryUsage.Telling("s", "b2", Map.of(Dimension.EXECUTION, 4))));

        assertEquals("Told 2 times \u00b7 Leadership 4.0 \u00b7 Execution 3.5", UsageLine.of(usage.get("s")));
    }

    @Test
    void aStoryNeverToldSaysSo() {
        assertEquals("Not told yet", UsageLine.of(null));
    }
}
