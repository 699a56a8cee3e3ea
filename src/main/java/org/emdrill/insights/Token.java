package org.emdrill.insights;

/**
 * A word or a punctuation mark that matters for reading a typed answer.
 *
 * @param text  a word in lower case with curly apostrophes made straight; "," for a comma; "." for any
 *              mark that ends a clause
 * @param start offset of the first character in the answer
 * @param end   offset just past the last character
 */
record Token(Kind kind, String text, int start, int end) {

    enum Kind {
        WORD,
        /** A comma: a pause inside a clause. */
        COMMA,
        /** Ends a clause or sentence: . ! ? ; : a dash, an ellipsis, a line break. */
        BREAK
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isWord(String word) {
        return kind == Kind.WORD && text.equals(word);
    }
}
