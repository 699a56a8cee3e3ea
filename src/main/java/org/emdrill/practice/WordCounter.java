package org.emdrill.practice;

/** Counts words the way a reader would: runs of letters or digits, with inner apostrophes and hyphens. */
public final class WordCounter {

    private WordCounter() {
    }

    public static int count(CharSequence text) {
        if (text == null) {
            return 0;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordChar = Character.isLetterOrDigit(c)
                    || (inWord && (c == '\'' || c == '’' || c == '-') && i + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(i + 1)));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
        }
        return words;
    }
}
