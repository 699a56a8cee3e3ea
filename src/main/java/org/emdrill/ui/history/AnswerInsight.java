package org.emdrill.ui.history;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.emdrill.domain.StarElement;
import org.emdrill.insights.AnswerAnalysis;
import org.emdrill.insights.AnswerAnalytics;
import org.emdrill.insights.LengthGuide;
import org.emdrill.insights.StarSplit;

/**
 * A coach's reading of a typed answer, worded for the detail pane. The numbers are estimates
 * (docs/decisions/0004-typed-answer-analytics.md), so every sentence reads as a hint, never a grade.
 */
public record AnswerInsight(AnswerAnalysis analysis, LengthGuide guide) {

    static final int TOP_FILLERS = 3;

    /** Read against the usual target of 2:30. */
    public static AnswerInsight of(String answerText) {
        return of(answerText, org.emdrill.domain.Question.DEFAULT_TARGET_SECONDS);
    }

    /** Read against the words that fill {@code targetSeconds} when spoken ({@link LengthGuide}). */
    public static AnswerInsight of(String answerText, int targetSeconds) {
        return new AnswerInsight(AnswerAnalytics.analyse(answerText), LengthGuide.forTarget(targetSeconds));
    }

    public enum Length { SHORT, WITHIN, LONG }

    public int words() {
        return analysis.words();
    }

    public Length length() {
        return switch (guide.fit(words())) {
            case SHORT -> Length.SHORT;
            case WITHIN -> Length.WITHIN;
            case LONG -> Length.LONG;
        };
    }

    /** "312 words". */
    public String wordsText() {
        return String.format(Locale.getDefault(), "%,d %s", words(), words() == 1 ? "word" : "words");
    }

    /** Where the length stands against the words that fill the target: "64 short of the 276–374 words…". */
    public String lengthText() {
        String band = "the " + guide.min() + "–" + guide.max() + " words that fill the "
                + org.emdrill.ui.common.Formats.clock(java.time.Duration.ofSeconds(guide.targetSeconds()))
                + " target at " + LengthGuide.WORDS_PER_MINUTE + " words a minute";
        return switch (length()) {
            case SHORT -> (guide.min() - words()) + " short of " + band;
            case LONG -> (words() - guide.max()) + " over " + band;
            case WITHIN -> "Within " + band;
        };
    }

    /** "2.1 per 100 words". */
    public String fillerRateText() {
        return String.format(Locale.ROOT, "%.1f per 100 words", analysis.fillers().per100Words());
    }

    /** The most frequent fillers, most first, e.g. "so ×3 · like ×2 · um ×1"; "None found" when there are none. */
    public String topFillersText() {
        Map<String, Integer> by = analysis.fillers().byFiller();
        if (by.isEmpty()) {
            return "None found";
        }
        // byFiller keeps the list's order; a stable sort keeps it among equal counts.
        return by.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(TOP_FILLERS)
                .map(e -> "“" + e.getKey() + "” ×" + e.getValue())
                .collect(Collectors.joining(" · "));
    }

    /** The share of "I" among "I" and "we", 0..1; empty when the answer uses neither. */
    public OptionalDouble shareOfI() {
        return analysis.pronouns().shareOfI();
    }

    /** "I 62% · we 38%", or a sentence when neither is used. */
    public String pronounText() {
        OptionalDouble share = shareOfI();
        if (share.isEmpty()) {
            return "Neither “I” nor “we”";
        }
        long i = Math.round(share.getAsDouble() * 100);
        return "I " + i + "% · we " + (100 - i) + "%";
    }

    /** "12 × I, 7 × we": the counts behind the shares. */
    public String pronounCounts() {
        return analysis.pronouns().i() + " × I, " + analysis.pronouns().we() + " × we";
    }

    public Set<StarElement> starCovered() {
        return analysis.star().covered();
    }

    /** The three groups of the estimated split, each against its aim. */
    public List<SplitPart> split() {
        StarSplit s = analysis.star().split();
        return List.of(
                new SplitPart("Situation + task", s.setup(), StarSplit.TARGET_SETUP, s.setupBalance()),
                new SplitPart("Action", s.action(), StarSplit.TARGET_ACTION, s.actionBalance()),
                new SplitPart("Result + reflection", s.outcome(), StarSplit.TARGET_OUTCOME, s.outcomeBalance()));
    }

    /** True when nothing in the answer could be split (no words). */
    public boolean nothingToSplit() {
        return words() == 0;
    }

    /**
     * One group of STAR parts: its estimated share of the words against the share interviewers like.
     */
    public record SplitPart(String label, double share, double aim, StarSplit.Balance balance) {

        /** "28%". */
        public String shareText() {
            return Math.round(share * 100) + "%";
        }

        /** "aim ≈ 33%". */
        public String aimText() {
            return "aim ≈ " + Math.round(aim * 100) + "%";
        }

        /** "about right", "on the short side", "on the long side". */
        public String balanceText() {
            return switch (balance) {
                case ABOUT_RIGHT -> "about right";
                case SHORT -> "on the short side";
                case LONG -> "on the long side";
            };
        }
    }
}
