package org.emdrill.ui.banks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.emdrill.domain.Question;

/**
 * Decides whether a question matches what the user typed into the search field. Every word typed must
 * appear somewhere in the prompt, the tags or the signals, ignoring case, so "peer feedback" finds a
 * question about giving feedback to a former peer.
 */
final class QuestionSearch {

    private final List<String> words;

    QuestionSearch(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        this.words = q.isEmpty() ? List.of() : Arrays.asList(q.split("\\s+"));
    }

    boolean isBlank() {
        return words.isEmpty();
    }

    boolean matches(Question question) {
        if (words.isEmpty()) {
            return true;
        }
        String haystack = searchableText(question);
        return words.stream().allMatch(haystack::contains);
    }

    private static String searchableText(Question q) {
        StringBuilder sb = new StringBuilder(q.prompt()).append('\n');
        q.tags().forEach(t -> sb.append(t).append('\n'));
        q.signals().forEach(s -> sb.append(s).append('\n'));
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
