package org.emdrill.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordCounterTest {
    @Test
    void countsWordsNotPunctuation() {
        assertEquals(0, WordCounter.count(""));
        assertEquals(0, WordCounter.count("  \n\t -- ... "));
        assertEquals(5, WordCounter.count("I didn't hand-hold them, honestly."));
        assertEquals(4, WordCounter.count("we shipped 2 weeks"));
    }
}
