package org.emdrill.insights;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a typed answer into words, commas and clause breaks. Words follow the same rule as the
 * practice screen's word count (runs of letters or digits, with inner apostrophes and hyphens), so the
 * numbers agree. Quotes, brackets and other marks are skipped: "he said (like) this" reads as words.
 * A full stop or comma between two digits ("3.5", "10,000") is part of a number, not punctuation.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                i++;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                        || (isJoiner(text.charAt(i)) && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))))) {
                    i++;
                }
                String word = text.substring(start, i).toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
                tokens.add(new Token(Token.Kind.WORD, word, start, i));
                continue;
            }
            if (c == ',' && !betweenDigits(text, i)) {
                tokens.add(new Token(Token.Kind.COMMA, ",", i, i + 1));
            } else if (endsClause(c) && !(c == '.' && betweenDigits(text, i))) {
                tokens.add(new Token(Token.Kind.BREAK, ".", i, i + 1));
            }
            i++;
        }
        return tokens;
    }

    static int wordCount(List<Token> tokens) {
        int words = 0;
        for (Token t : tokens) {
            if (t.isWord()) {
                words++;
            }
        }
        return words;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '-';
    }

    /** A hyphen reaching here stands alone (inner hyphens belong to words), so it is used as a dash. */
    private static boolean endsClause(char c) {
        return c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '—' || c == '–' || c == '-'
                || c == '…' || c == '\n' || c == '\r';
    }

    private static boolean betweenDigits(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1));
    }
}
