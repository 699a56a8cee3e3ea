package org.emdrill.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.emdrill.audio.DeliveryFigures;
import org.emdrill.audio.Span;
import org.emdrill.insights.SpeakingRate;
import org.junit.jupiter.api.Test;

class DeliveryLinesTest {

    @Test
    void wordsTheFiguresWithTheRateAgainstTheBand() {
        DeliveryFigures f = new DeliveryFigures(150, 120, 2.4, 1, 2.6, 3.5, List.of(new Span(40, 42.6), new Span(80, 81)));
        Map<String, DeliveryLines.Line> lines = byId(DeliveryLines.of(f, 120));

        assertEquals("about 140 wpm", lines.get("rate").value());
        assertTrue(lines.get("rate").note().startsWith("within the 120–160 wpm"));
        assertFalse(lines.get("rate").warn());
        assertEquals("2:00", lines.get("talk").value());
        assertEquals("30.0 s", lines.get("silence").value());
        assertEquals("1", lines.get("pauses").value());
        assertEquals("of 2 pauses in all", lines.get("pauses").note(), "reads on from the value: 1 of 2 pauses");
        assertEquals("2.6 s", lines.get("longest-pause").value());
        assertEquals("125 %", lines.get("target-share").value());
        assertTrue(lines.get("target-share").warn(), "well over the target");
    }

    @Test
    void aSilentRecordingHasNoRateAndNoTargetLineWithoutATarget() {
        Map<String, DeliveryLines.Line> lines = byId(DeliveryLines.of(DeliveryFigures.empty(4), 0));

        assertEquals("—", lines.get("rate").value());
        assertEquals("no speech heard", lines.get("rate").note().split(" \\(")[0]);
        assertEquals("—", lines.get("longest-pause").value());
        assertEquals("no pause at all", lines.get("pauses").note());
        assertFalse(lines.containsKey("target-share"));
    }

    @Test
    void ratesOutsideTheBandAreMarked() {
        assertEquals(SpeakingRate.Verdict.SLOW, SpeakingRate.verdict(2.5));
        assertEquals(SpeakingRate.Verdict.IN_BAND, SpeakingRate.verdict(3.0));
        assertEquals(SpeakingRate.Verdict.IN_BAND, SpeakingRate.verdict(4.0));
        assertEquals(SpeakingRate.Verdict.FAST, SpeakingRate.verdict(4.5));
        assertTrue(byId(DeliveryLines.of(new DeliveryFigures(60, 50, 1, 0, 0, 4.6, List.of()), 0)).get("rate").warn());
    }

    private static Map<String, DeliveryLines.Line> byId(List<DeliveryLines.Line> lines) {
        return lines.stream().collect(Collectors.toMap(DeliveryLines.Line::id, Function.identity()));
    }
}
