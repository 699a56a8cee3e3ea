package org.emdrill.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The line breaking of right-to-left prompts, measured with a fake font whose every character is 10 wide. */
class LineBreakerTest {

    static final String HEBREW = "ספר לי על פעם שבה צוות שלך פספס מועד חשוב. מה עשית בשבוע שאחרי, ומה שינית מאז"
            + " באופן שבו הצוות מתכנן ומתחייב?";
    static final String ARABIC = "حدثني عن موقف اختلف فيه اثنان من مهندسيك حول تصميم نظام. كيف ساعدتهما على"
            + " الوصول إلى قرار، وماذا تعلمت من ذلك؟";
    static final String MIXED = "Tell me about the launch of מערכת התשלומים in Q3 2025 and the 2 teams (فريقان) you led.";

    private static final ToDoubleFunction<String> TEN_EACH = s -> 10.0 * s.length();

    private static List<String> shown(List<LineBreaker.Line> lines) {
        return lines.stream().map(LineBreaker.Line::shown).toList();
    }

    @Test
    void breaksAfterTheLastWholeWordThatFits() {
        List<LineBreaker.Line> lines = LineBreaker.lines("אחת שתיים שלוש ארבע", 100, TEN_EACH);
        assertEquals(List.of("אחת שתיים", "שלוש ארבע"), shown(lines));
        assertTrue(lines.stream().allMatch(LineBreaker.Line::rightToLeft), "a Hebrew paragraph reads right to left");
    }

    @Test
    void aTrailingSpaceTakesNoRoomAtTheBreak() {
        // "abcd efgh " is 10 characters with its space, 9 without: it fits a width of 90.
        assertEquals(List.of("abcd efgh", "ij"), shown(LineBreaker.lines("abcd efgh ij", 90, TEN_EACH)));
    }

    @Test
    void aWordWiderThanTheWidthIsSplitBetweenCharacters() {
        assertEquals(List.of("abc", "defgh", "ij kl"), shown(LineBreaker.lines("abc defghij kl", 50, TEN_EACH)));
    }

    @Test
    void evenAWidthNarrowerThanOneCharacterShowsEveryCharacterOnce() {
        assertEquals(List.of("א", "ב", "ג"), shown(LineBreaker.lines("אבג", 1, TEN_EACH)));
    }

    @Test
    void aCombiningMarkStaysWithItsLetter() {
        String withMarks = "\u05e9\u05c1\u05b8\u05dc\u05d5\u05b9\u05dd"; // shin with a dot and a vowel, then lamed, vav and holam, mem
        List<String> lines = shown(LineBreaker.lines(withMarks, 10, s -> 10.0 * s.codePoints()
                .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).count()));
        assertEquals(List.of("\u05e9\u05c1\u05b8", "\u05dc", "\u05d5\u05b9", "\u05dd"), lines);
    }

    @Test
    void eachNewLineStartsAParagraphWithItsOwnDirection() {
        List<LineBreaker.Line> lines = LineBreaker.lines("שלום עולם\nHello world\n\nمرحبا", 1000, TEN_EACH);
        assertEquals(List.of("שלום עולם", "Hello world", "", "مرحبا"), shown(lines));
        assertEquals(List.of(true, false, false, true), lines.stream().map(LineBreaker.Line::rightToLeft).toList());
    }

    @Test
    void aLineStartingInEnglishReadsLeftToRightEvenWithHebrewInIt() {
        assertFalse(LineBreaker.readsRightToLeft(MIXED));
        assertTrue(LineBreaker.readsRightToLeft(HEBREW));
        assertTrue(LineBreaker.readsRightToLeft(ARABIC));
        assertTrue(LineBreaker.readsRightToLeft("2025: " + HEBREW), "digits and punctuation have no direction");
        assertTrue(LineBreaker.hasRightToLeft(MIXED));
        assertFalse(LineBreaker.hasRightToLeft("Tell me about a time you 2025 (led) a team."));
    }

    @Test
    void aLineReadsInItsParagraphsDirectionWhateverItStartsWith() {
        List<LineBreaker.Line> english = LineBreaker.lines("Tell me about מערכת התשלומים in Q3", 140, TEN_EACH);
        assertEquals(List.of("Tell me about", "מערכת התשלומים", "in Q3"), shown(english));
        assertEquals(List.of("Tell me about", "\u200Eמערכת התשלומים", "in Q3"),
                english.stream().map(LineBreaker::drawnText).toList(), "a Hebrew line of an English paragraph");
        assertTrue(english.stream().noneMatch(LineBreaker::needsRightToLeftNode));

        List<LineBreaker.Line> hebrew = LineBreaker.lines("ספר על Q3 2025 ומה למדת", 80, TEN_EACH);
        assertEquals(List.of("ספר על", "Q3 2025", "ומה למדת"), shown(hebrew));
        assertEquals(List.of(false, true, false), hebrew.stream().map(LineBreaker::needsRightToLeftNode).toList(),
                "only the line that starts in English needs a right-to-left node");
        assertEquals(shown(hebrew), hebrew.stream().map(LineBreaker::drawnText).toList(), "no marks in a Hebrew paragraph");
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 35, 60, 120, 250, 480, 5000})
    void everyWordOnceInOrderAndNoLineTooWide(double width) {
        for (String text : List.of(HEBREW, ARABIC, MIXED)) {
            List<LineBreaker.Line> lines = LineBreaker.lines(text, width, TEN_EACH);
            StringBuilder joined = new StringBuilder();
            int expectedStart = 0;
            for (LineBreaker.Line line : lines) {
                assertEquals(expectedStart, line.start(), "lines follow each other with no gap or overlap");
                assertEquals(text.substring(line.start(), line.end()).stripTrailing(), line.shown());
                assertTrue(TEN_EACH.applyAsDouble(line.shown()) <= Math.max(width, 10),
                        "'" + line.shown() + "' fits " + width);
                joined.append(line.shown()).append(' ');
                expectedStart = line.end();
            }
            assertEquals(text.length(), expectedStart, "the last line ends the text");
            assertEquals(text.replaceAll("\\s", ""), joined.toString().replaceAll("\\s", ""),
                    "every letter once, in order, at " + width);
            if (width >= 90) { // the longest word is 8 characters: none needs splitting
                assertEquals(words(text), words(joined.toString()), "every word once, in order, at " + width);
            }
        }
    }

    @Test
    void aWidthThatHoldsEverythingGivesOneLine() {
        assertEquals(List.of(HEBREW), shown(LineBreaker.lines(HEBREW, Double.MAX_VALUE, TEN_EACH)));
        assertEquals(List.of(""), shown(LineBreaker.lines("", 100, TEN_EACH)));
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
