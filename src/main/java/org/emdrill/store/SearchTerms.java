package org.emdrill.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits what the user typed into search terms: words separated by spaces, or "a quoted phrase" kept
 * together. An attempt matches when it contains every term.
 */
final class SearchTerms {

    private SearchTerms() {
    }

    static List<String> split(String input) {
        List<String> terms = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '"') {
                flush(current, terms);
                quoted = !quoted;
            } else if (Character.isWhitespace(c) && !quoted) {
                flush(current, terms);
            } else {
                current.append(c);
            }
        }
        flush(current, terms);
        return terms;
    }

    private static void flush(StringBuilder current, List<String> terms) {
        String term = current.toString().strip();
        if (!term.isEmpty()) {
            terms.add(term);
        }
        current.setLength(0);
    }

    /**
     * A LIKE pattern matching {@code term} anywhere, with the pattern characters escaped by a backslash
     * (use with {@code ESCAPE '\'}), so "100%" and "snake_case" mean what they say.
     */
    static String containsPattern(String term) {
        StringBuilder sb = new StringBuilder(term.length() + 2).append('%');
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c == '\\' || c == '%' || c == '_') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('%').toString();
    }
}
