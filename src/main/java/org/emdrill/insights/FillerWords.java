package org.emdrill.insights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds filler words in a typed answer. The list and the rules are documented in
 * docs/decisions/0004-typed-answer-analytics.md; in short:
 * <ul>
 *   <li>always fillers: um (umm, ummm, uhm), uh (uhh), basically, actually, literally;</li>
 *   <li>"you know", "I mean", "sort of", "kind of" are fillers unless the words around them make
 *       them mean what they say ("do you know what", "what I mean is", "what kind of team");</li>
 *   <li>"like" only when set off as a pause (", like," or "Like," opening a clause), as a quote marker
 *       after a form of "be" ("he was like, …"), or as a hedge before a number ("took like three
 *       weeks"); never as a verb or preposition ("I like Go", "tools like Jira");</li>
 *   <li>"so" only when it opens a clause and is followed by a comma or a hesitation ("So, um, we…"),
 *       or trails off a clause (", so."); never as a conjunction or adverb ("so that", "so slow",
 *       "late, so we cut scope").</li>
 * </ul>
 * Everything errs towards not counting: a missed filler costs less than telling someone a word they
 * used well was a filler.
 */
public final class FillerWords {

    /** Every filler this counts, in the order reports list them. */
    public static final List<String> LISTED = List.of("um", "uh", "like", "so", "you know", "I mean", "basically",
            "actually", "literally", "sort of", "kind of");

    private static final Set<String> UM = Set.of("um", "umm", "ummm", "uhm");
    private static final Set<String> UH = Set.of("uh", "uhh", "uhhh");
    private static final Set<String> ALWAYS = Set.of("basically", "actually", "literally");

    private static final Set<String> BE = Set.of("is", "was", "were", "am", "are", "be", "been", "being");
    /** Words before "like" + a number that make "like" a hedge: "took like three weeks", "for like 20 people". */
    private static final Set<String> BEFORE_HEDGE = Set.of("took", "take", "takes", "taking", "for", "about",
            "around", "spent", "lasted", "waited", "had", "have", "after", "in");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty",
            "hundred", "hundreds", "thousand", "thousands", "half", "dozen", "dozens", "couple");
    /** After "like a": these make it a quantity ("like a couple of days"), not a comparison ("like a friend"). */
    private static final Set<String> A_QUANTITY = Set.of("couple", "dozen", "hundred", "thousand", "few");

    /** Before "you know" / "I mean": then they are a real question or statement ("do you know", "if I mean"). */
    private static final Set<String> REAL_BEFORE_YOU_KNOW = Set.of("do", "did", "does", "don't", "didn't",
            "doesn't", "if", "as", "would", "will", "could", "should", "might", "may", "can", "let", "that", "what");
    /** After "you know": an object, so "know" is the verb ("you know the drill", "you know what happened"). */
    private static final Set<String> OBJECT_AFTER_YOU_KNOW = Set.of("that", "what", "how", "why", "where", "when",
            "who", "whom", "whether", "if", "about", "the", "a", "an", "this", "these", "those", "it", "him", "her",
            "them", "me", "us", "my", "your", "his", "our", "their", "each", "everyone", "someone", "something",
            "nothing", "anything", "everything", "more", "better", "exactly");
    private static final Set<String> REAL_BEFORE_I_MEAN = Set.of("what", "which", "that", "if", "do", "did",
            "don't", "didn't", "really");
    private static final Set<String> OBJECT_AFTER_I_MEAN = Set.of("that", "to", "it", "this", "what", "the",
            "a", "an", "business", "every", "well");
    /** Before "kind of" / "sort of": a determiner, so it names a kind ("what kind of team"). */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "these", "those",
            "what", "which", "any", "some", "every", "each", "no", "one", "same", "different", "other", "another",
            "right", "wrong", "whatever", "all", "many", "my", "your", "his", "her", "our", "their", "its", "first",
            "new", "only", "similar", "certain", "particular");

    private FillerWords() {
    }

    public static FillerReport find(String answer) {
        List<Token> tokens = Tokenizer.tokens(answer == null ? "" : answer);
        return report(tokens, occurrences(tokens));
    }

    static FillerReport report(List<Token> tokens, List<FillerOccurrence> found) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String filler : LISTED) {
            int n = 0;
            for (FillerOccurrence o : found) {
                if (o.filler().equals(filler)) {
                    n++;
                }
            }
            if (n > 0) {
                counts.put(filler, n);
            }
        }
        int words = Tokenizer.wordCount(tokens);
        double rate = words == 0 ? 0 : found.size() * 100.0 / words;
        return new FillerReport(found.size(), rate, counts, found);
    }

    /** The fillers in text order; a word belongs to at most one. */
    static List<FillerOccurrence> occurrences(List<Token> tokens) {
        List<FillerOccurrence> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                i++;
                continue;
            }
            String two = twoWordFiller(tokens, i);
            if (two != null) {
                found.add(new FillerOccurrence(two, t.start(), tokens.get(i + 1).end()));
                i += 2;
                continue;
            }
            String one = oneWordFiller(tokens, i);
            if (one != null) {
                found.add(new FillerOccurrence(one, t.start(), t.end()));
            }
            i++;
        }
        return found;
    }

    private static String twoWordFiller(List<Token> tokens, int i) {
        Token next = at(tokens, i + 1);
        if (next == null || !next.isWord()) {
            return null;
        }
        String first = tokens.get(i).text();
        String second = next.text();
        String before = wordBefore(tokens, i);
        String after = wordAfter(tokens, i + 1);
        if (first.equals("you") && second.equals("know")) {
            return in(REAL_BEFORE_YOU_KNOW, before) || in(OBJECT_AFTER_YOU_KNOW, after) ? null : "you know";
        }
        if (first.equals("i") && second.equals("mean")) {
            return in(REAL_BEFORE_I_MEAN, before) || in(OBJECT_AFTER_I_MEAN, after) ? null : "I mean";
        }
        if ((first.equals("kind") || first.equals("sort")) && second.equals("of")) {
            return in(DETERMINERS, before) ? null : first + " of";
        }
        return null;
    }

    private static String oneWordFiller(List<Token> tokens, int i) {
        String word = tokens.get(i).text();
        if (UM.contains(word)) {
            return "um";
        }
        if (UH.contains(word)) {
            return "uh";
        }
        if (ALWAYS.contains(word)) {
            return word;
        }
        if (word.equals("like")) {
            return isFillerLike(tokens, i) ? "like" : null;
        }
        if (word.equals("so")) {
            return isFillerSo(tokens, i) ? "so" : null;
        }
        return null;
    }

    /**
     * "like" is a filler when it is set off as a pause (", like," / "Like," at a clause start), a quote
     * marker after "be" ("he was like, no"), or a hedge before a number ("took like three weeks").
     */
    private static boolean isFillerLike(List<Token> tokens, int i) {
        boolean pauseBefore = opensClause(tokens, i) || kindBefore(tokens, i) == Token.Kind.COMMA;
        boolean commaAfter = kindAfter(tokens, i) == Token.Kind.COMMA;
        String before = wordBefore(tokens, i);
        if (commaAfter && (pauseBefore || isBe(before))) {
            return true;
        }
        if (quantityFollows(tokens, i)) {
            return kindBefore(tokens, i) == Token.Kind.COMMA || isBe(before) || in(BEFORE_HEDGE, before);
        }
        return false;
    }

    /** "like three weeks", "like 20 people", "like a couple of days"; not "like a friend". */
    private static boolean quantityFollows(List<Token> tokens, int i) {
        String after = wordAfter(tokens, i);
        if (after == null) {
            return false;
        }
        if (Character.isDigit(after.charAt(0)) || NUMBER_WORDS.contains(after)) {
            return true;
        }
        Token afterA = at(tokens, i + 2);
        return after.equals("a") && afterA != null && afterA.isWord() && A_QUANTITY.contains(afterA.text());
    }

    /**
     * "so" is a filler when it opens a clause and a comma or hesitation follows ("So, um, we…"), or when
     * it trails off at the end of a clause (", so." / "and so.").
     */
    private static boolean isFillerSo(List<Token> tokens, int i) {
        boolean pauseBefore = opensClause(tokens, i) || kindBefore(tokens, i) == Token.Kind.COMMA;
        String after = wordAfter(tokens, i);
        boolean hesitationAfter = kindAfter(tokens, i) == Token.Kind.WORD && (UM.contains(after) || UH.contains(after));
        if (pauseBefore && (kindAfter(tokens, i) == Token.Kind.COMMA || hesitationAfter)) {
            return true;
        }
        boolean endsClause = kindAfter(tokens, i) == null || kindAfter(tokens, i) == Token.Kind.BREAK;
        String before = wordBefore(tokens, i);
        return endsClause && (kindBefore(tokens, i) == Token.Kind.COMMA || "and".equals(before) || "but".equals(before));
    }

    /** Set.of(...).contains(null) throws; a missing neighbour word is simply not in any list. */
    private static boolean in(Set<String> words, String word) {
        return word != null && words.contains(word);
    }

    private static boolean isBe(String word) {
        return word != null && (BE.contains(word) || word.endsWith("'s") || word.endsWith("'re") || word.endsWith("'m"));
    }

    /** At the start of the answer or right after a clause break. */
    private static boolean opensClause(List<Token> tokens, int i) {
        Token.Kind before = kindBefore(tokens, i);
        return before == null || before == Token.Kind.BREAK;
    }

    private static Token at(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    private static Token.Kind kindBefore(List<Token> tokens, int i) {
        Token t = at(tokens, i - 1);
        return t == null ? null : t.kind();
    }

    private static Token.Kind kindAfter(List<Token> tokens, int i) {
        Token t = at(tokens, i + 1);
        return t == null ? null : t.kind();
    }

    /** The word right before, or null when punctuation or the start comes first. */
    private static String wordBefore(List<Token> tokens, int i) {
        Token t = at(tokens, i - 1);
        return t != null && t.isWord() ? t.text() : null;
    }

    /** The word right after, or null when punctuation or the end comes first. */
    private static String wordAfter(List<Token> tokens, int i) {
        Token t = at(tokens, i + 1);
        return t != null && t.isWord() ? t.text() : null;
    }
}
