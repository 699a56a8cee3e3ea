package org.emdrill.insights;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emdrill.domain.StarElement;

/**
 * Estimates the STAR structure of a typed answer from cue phrases. Each sentence (or clause ended by
 * ; or :) is given the part of the first cue in it; a sentence without a cue continues the part before
 * it, and sentences before the first cue are situation. The share of words per part then estimates the
 * time split. The cue lists are in docs/decisions/0004-typed-answer-analytics.md.
 */
public final class StarCues {

    /** Cue phrases per part, lower case, matched as whole words. */
    public static final Map<StarElement, List<String>> CUES = cues();

    private static final List<Cue> ALL_CUES = flatten(CUES);

    /**
     * A clause that is only one of these ("Situation:", "Result -", "R:" on its own line) is a heading a
     * candidate wrote to label the part that follows. Matched only as the whole clause, since "result" or
     * "action" inside a sentence says nothing about structure.
     */
    public static final Map<String, StarElement> HEADINGS = headings();

    private StarCues() {
    }

    public static StarEstimate estimate(String answer) {
        return estimate(Tokenizer.tokens(answer == null ? "" : answer));
    }

    static StarEstimate estimate(List<Token> tokens) {
        List<List<String>> sentences = sentences(tokens);
        Set<StarElement> covered = EnumSet.noneOf(StarElement.class);
        Map<StarElement, Integer> firstCue = new EnumMap<>(StarElement.class);
        Map<StarElement, Integer> wordsPerPart = new EnumMap<>(StarElement.class);
        StarElement current = StarElement.SITUATION;
        int wordOffset = 0;
        for (List<String> words : sentences) {
            StarElement heading = HEADINGS.get(String.join(" ", words));
            if (heading != null) {
                // "Result:" on its own names the part of what follows; the heading's own words are not
                // counted, so a labelled answer splits by its content.
                covered.add(heading);
                firstCue.merge(heading, wordOffset, Math::min);
                current = heading;
                wordOffset += words.size();
                continue;
            }
            int firstAt = Integer.MAX_VALUE;
            int firstLength = 0;
            StarElement firstPart = null;
            for (Cue cue : ALL_CUES) {
                int at = indexOf(words, cue.words());
                if (at < 0) {
                    continue;
                }
                covered.add(cue.part());
                firstCue.merge(cue.part(), wordOffset + at, Math::min);
                // Earliest cue wins; at the same word the longer (more specific) phrase wins.
                if (at < firstAt || at == firstAt && cue.words().size() > firstLength) {
                    firstAt = at;
                    firstLength = cue.words().size();
                    firstPart = cue.part();
                }
            }
            if (firstPart != null) {
                current = firstPart;
            }
            wordsPerPart.merge(current, words.size(), Integer::sum);
            wordOffset += words.size();
        }
        int counted = wordsPerPart.values().stream().mapToInt(Integer::intValue).sum();
        return new StarEstimate(covered, firstCue, split(wordsPerPart, counted));
    }

    private static StarSplit split(Map<StarElement, Integer> wordsPerPart, int total) {
        if (total == 0) {
            return StarSplit.NONE;
        }
        double setup = wordsPerPart.getOrDefault(StarElement.SITUATION, 0) + wordsPerPart.getOrDefault(StarElement.TASK, 0);
        double action = wordsPerPart.getOrDefault(StarElement.ACTION, 0);
        double outcome = wordsPerPart.getOrDefault(StarElement.RESULT, 0)
                + wordsPerPart.getOrDefault(StarElement.REFLECTION, 0);
        return new StarSplit(setup / total, action / total, outcome / total);
    }

    /** Splits at clause breaks; commas do not split. */
    private static List<List<String>> sentences(List<Token> tokens) {
        List<List<String>> sentences = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (Token t : tokens) {
            if (t.isWord()) {
                current.add(t.text());
            } else if (t.kind() == Token.Kind.BREAK && !current.isEmpty()) {
                sentences.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            sentences.add(current);
        }
        return sentences;
    }

    private static int indexOf(List<String> words, List<String> phrase) {
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            if (matchesAt(words, phrase, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matchesAt(List<String> words, List<String> phrase, int at) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        for (int j = 0; j < phrase.size(); j++) {
            if (!words.get(at + j).equals(phrase.get(j))) {
                return false;
            }
        }
        return true;
    }

    private record Cue(StarElement part, List<String> words) {
    }

    private static List<Cue> flatten(Map<StarElement, List<String>> cues) {
        List<Cue> all = new ArrayList<>();
        cues.forEach((part, phrases) -> phrases.forEach(p -> all.add(new Cue(part, List.of(p.split(" "))))));
        return List.copyOf(all);
    }

    private static Map<String, StarElement> headings() {
        Map<String, StarElement> m = new java.util.HashMap<>();
        for (String h : List.of("s", "situation", "the situation", "context", "background")) {
            m.put(h, StarElement.SITUATION);
        }
        for (String h : List.of("t", "task", "the task", "goal", "my task", "my role", "problem", "challenge")) {
            m.put(h, StarElement.TASK);
        }
        for (String h : List.of("a", "action", "actions", "what i did", "my actions", "approach")) {
            m.put(h, StarElement.ACTION);
        }
        for (String h : List.of("r", "result", "results", "the result", "outcome", "the outcome", "impact")) {
            m.put(h, StarElement.RESULT);
        }
        for (String h : List.of("reflection", "learning", "learnings", "lessons", "lesson", "what i learned",
                "what i learnt", "takeaway", "takeaways")) {
            m.put(h, StarElement.REFLECTION);
        }
        return Map.copyOf(m);
    }

    private static Map<StarElement, List<String>> cues() {
        Map<StarElement, List<String>> m = new EnumMap<>(StarElement.class);
        m.put(StarElement.SITUATION, List.of("at the time", "back then", "back when", "the situation",
                "the context", "a few years ago", "last year", "when i joined", "at my last company",
                "at my previous company", "in my previous role", "in my last role", "our team was", "my team was",
                "we were working", "i was leading", "i was managing", "i managed a team", "i led a team"));
        m.put(StarElement.TASK, List.of("my goal", "the goal was", "my task", "my job was", "my role was",
                "i needed to", "i had to", "i was responsible", "i was asked to", "the challenge was",
                "the problem was", "we needed to", "the objective", "i wanted to make sure"));
        m.put(StarElement.ACTION, List.of("first i", "i started", "i decided", "i set up", "i scheduled",
                "i met with", "i sat down", "i asked", "i proposed", "i worked with", "i talked", "i spoke",
                "i wrote", "i created", "i organized", "i organised", "i introduced", "i brought", "i escalated",
                "i suggested", "i pushed", "then i", "next i", "so i", "i also", "i made sure", "i agreed"));
        m.put(StarElement.RESULT, List.of("as a result", "in the end", "the result", "the outcome",
                "by the end", "we ended up", "it ended up", "which meant", "this meant", "that meant", "led to",
                "we shipped", "we delivered", "we launched", "we reduced", "we increased", "we cut", "we saved",
                "dropped by", "fell by", "went up", "went down", "percent"));
        m.put(StarElement.REFLECTION, List.of("i learned", "i learnt", "looking back", "in hindsight",
                "next time", "if i did it again", "if i were to do", "i would do", "i'd do", "differently",
                "the lesson", "lesson learned", "taught me", "what i took away", "since then i"));
        return m;
    }
}
