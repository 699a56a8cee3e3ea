package org.emdrill.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.emdrill.domain.StarElement;
import org.emdrill.insights.StarSplit;
import org.junit.jupiter.api.Test;

class AnswerInsightTest {

    private static String words(int n) {
        return "word ".repeat(n).strip();
    }

    @Test
    void readsTheLengthAgainstTheWordsThatFillTheTargetTime() {
        // 2:30 at 130 words a minute is 325 words, about right within 15%: 276 to 374.
        assertEquals("64 short of the 276–374 words that fill the 2:30 target at 130 words a minute",
                AnswerInsight.of(words(212), 150).lengthText());
        assertEquals("Within the 276–374 words that fill the 2:30 target at 130 words a minute",
                AnswerInsight.of(words(276), 150).lengthText());
        assertEquals("Within the 276–374 words that fill the 2:30 target at 130 words a minute",
                AnswerInsight.of(words(374), 150).lengthText());
        assertEquals("10 over the 276–374 words that fill the 2:30 target at 130 words a minute",
                AnswerInsight.of(words(384), 150).lengthText());
        // A 1:30 target asks for fewer words: 195, so 166 to 224.
        assertEquals("26 over the 166–224 words that fill the 1:30 target at 130 words a minute",
                AnswerInsight.of(words(250), 90).lengthText());
        assertEquals(AnswerInsight.Length.WITHIN, AnswerInsight.of(words(250), 120).length());
    }

    @Test
    void listsTheMostUsedFillersFirst() {
        AnswerInsight insight = AnswerInsight.of(
                "Um, we basically had, um, no plan. It was, um, basically chaos. Actually it was fine.");

        assertEquals("“um” ×3 · “basically” ×2 · “actually” ×1", insight.topFillersText());
        assertTrue(insight.fillerRateText().endsWith(" per 100 words"), insight.fillerRateText());
        assertEquals("None found", AnswerInsight.of("I decided to ship it.").topFillersText());
    }

    @Test
    void givesTheShareOfIAgainstWe() {
        AnswerInsight insight = AnswerInsight.of("I asked. I decided. I wrote it up. We shipped.");
        assertEquals("I 75% · we 25%", insight.pronounText());
        assertEquals("3 × I, 1 × we", insight.pronounCounts());
        assertEquals("Neither “I” nor “we”", AnswerInsight.of("The team shipped.").pronounText());
    }

    @Test
    void splitsTheStoryAgainstTheAims() {
        AnswerInsight insight = AnswerInsight.of("At the time our team was late on a launch. "
                + "First I met with each engineer. Then I cut scope with product. I also set up a daily check. "
                + "As a result we shipped on time.");

        assertTrue(insight.starCovered().containsAll(List.of(StarElement.SITUATION, StarElement.ACTION,
                StarElement.RESULT)), insight.starCovered().toString());
        List<AnswerInsight.SplitPart> split = insight.split();
        assertEquals(List.of("Situation + task", "Action", "Result + reflection"),
                split.stream().map(AnswerInsight.SplitPart::label).toList());
        assertEquals("aim ≈ 33%", split.get(0).aimText());
        assertEquals("aim ≈ 50%", split.get(1).aimText());
        assertEquals("aim ≈ 17%", split.get(2).aimText());
        double total = split.stream().mapToDouble(AnswerInsight.SplitPart::share).sum();
        assertEquals(1.0, total, 0.01);
        AnswerInsight.SplitPart action = split.get(1);
        assertEquals(action.balance() == StarSplit.Balance.ABOUT_RIGHT ? "about right"
                : action.balance() == StarSplit.Balance.SHORT ? "on the short side" : "on the long side",
                action.balanceText());
    }
}
