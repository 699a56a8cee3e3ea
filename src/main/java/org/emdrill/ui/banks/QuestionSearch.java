package org.emdrill.ui.banks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionKind;
import org.emdrill.domain.QuestionLevel;

/**
 * Decides whether a question matches what the user typed into the search field and the kind and level
 * chosen beside it. Every word typed must appear somewhere in the prompt, the follow-ups, the tags or the
 * signals, ignoring case, so "peer feedback" finds a question about giving feedback to a former peer. A
 * level also matches the questions that name no level, since those suit every level. It also says why a
 * question matched, so the list can show it.
 */
final class QuestionSearch {

    private final List<String> words;
    /** The query as typed, for messages: case kept, outer space removed. */
    private final String typed;
    private final QuestionKind kind;
    private final QuestionLevel level;

    QuestionSearch(String query) {
        this(query, null, null);
    }

    /**
     * @param kind  null for every kind
     * @param level null for every level
     */
    QuestionSearch(String query, QuestionKind kind, QuestionLevel level) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        this.words = q.isEmpty() ? List.of() : Arrays.asList(q.split("\\s+"));
        this.typed = query == null ? "" : query.strip();
        this.kind = kind;
        this.level = level;
    }

    /** True when nothing narrows the questions: no words, and every kind and level. */
    boolean isBlank() {
        return words.isEmpty() && kind == null && level == null;
    }

    boolean matches(Question question) {
        if (kind != null && question.kind() != kind) {
            return false;
        }
        if (level != null && question.level() != null && question.level() != level) {
            return false;
        }
        if (words.isEmpty()) {
            return true;
        }
        String haystack = searchableText(question);
        return words.stream().allMatch(haystack::contains);
    }

    /** Where a word was found: the part of the question and that part's text. */
    record Match(String where, String text) {
    }

    /**
     * The parts of the question other than its prompt that hold a searched word, in the order a reader
     * meets them: follow-ups, signals, tags. The prompt is left out because the list shows it anyway,
     * with the words marked ({@link #marks}).
     */
    List<Match> matchesBesidePrompt(Question q) {
        List<Match> found = new ArrayList<>();
        if (words.isEmpty()) {
            return found;
        }
        q.followUps().stream().filter(this::holdsAWord).forEach(f -> found.add(new Match("follow-up", f)));
        q.signals().stream().filter(this::holdsAWord).forEach(s -> found.add(new Match("signal", s)));
        q.tags().stream().filter(this::holdsAWord).forEach(t -> found.add(new Match("tag", t)));
        return found;
    }

    /** Where the searched words stand in {@code text}: sorted, non-overlapping [start, end) ranges. */
    List<int[]> marks(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] hit = new boolean[text.length()];
        for (String w : words) {
            for (int i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
                // Lower-casing can change a string's length for a few scripts; mark only what lines up.
                for (int k = i; k < Math.min(i + w.length(), hit.length); k++) {
                    hit[k] = true;
                }
            }
        }
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < hit.length; i++) {
            if (hit[i]) {
                int start = i;
                while (i < hit.length && hit[i]) {
                    i++;
                }
                ranges.add(new int[] {start, i});
            }
        }
        return ranges;
    }

    private boolean holdsAWord(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(lower::contains);
    }

    /** What is being searched for, in words: "“peer feedback”, stories, new manager". */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (!words.isEmpty()) {
            parts.add("“" + typed + "”");
        }
        if (kind != null) {
            parts.add(kind == QuestionKind.STORY ? "stories" : "scenarios");
        }
        if (level != null) {
            parts.add(level.displayName().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", parts);
    }

    private static String searchableText(Question q) {
        StringBuilder sb = new StringBuilder(q.prompt()).append('\n');
        q.followUps().forEach(f -> sb.append(f).append('\n'));
        q.tags().forEach(t -> sb.append(t).append('\n'));
        q.signals().forEach(s -> sb.append(s).append('\n'));
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
