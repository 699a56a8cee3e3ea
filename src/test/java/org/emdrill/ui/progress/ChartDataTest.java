package org.emdrill.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChartDataTest {

    @Test
    void thinningKeepsFirstAndLastAndAtMostTheLimit() {
        List<Integer> all = IntStream.range(0, 1000).boxed().toList();

        List<Integer> kept = ChartData.thin(all, 160);

        assertEquals(160, kept.size());
        assertEquals(0, kept.get(0));
        assertEquals(999, kept.get(kept.size() - 1));
    }

    @Test
    void shortSeriesAreKeptWhole() {
        assertEquals(List.of(1, 2, 3), ChartData.thin(List.of(1, 2, 3), 160));
    }

    @Test
    void scoresFallIntoFiveColourSteps() {
        assertEquals("heat-1", ChartData.heatClass(1.0));
        assertEquals("heat-2", ChartData.heatClass(2.5));
        assertEquals("heat-3", ChartData.heatClass(3.0));
        assertEquals("heat-4", ChartData.heatClass(4.0));
        assertEquals("heat-5", ChartData.heatClass(4.6));
    }
}
