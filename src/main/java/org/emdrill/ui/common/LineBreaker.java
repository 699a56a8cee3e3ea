package org.emdrill.ui.common;

import java.text.Bidi;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Breaks a text into lines that fit a width, in logical (reading) order, given a way to measure a line.
 * JavaFX 21 draws a wrapped paragraph that holds right-to-left text with some lines repeated and others
 * missing, so {@link PromptLabel} breaks such text here and draws each line on its own. Plain Java: the
 * measure is passed in, so the breaking is tested without a screen.
 *
 * <p>Lines break where {@link BreakIterator#getLineInstance()} allows (after a space, after a hyphen);
 * a word wider than the whole width is split between characters, never inside one. Each {@code '\n'}
 * starts a new paragraph, and every paragraph reads in the direction of its first strong letter.
 */
public final class LineBreaker {

    /**
     * One line: {@code text.substring(start, end)} of the whole text, {@code shown} is that without its
     * trailing spaces (they sit at the break and take no room), and {@code rightToLeft} is the direction of
     * the paragraph it belongs to, which decides the side it is aligned to.
     */
    public record Line(int start, int end, String shown, boolean rightToLeft) {
        public Line {
            Objects.requireNonNull(shown, "shown");
        }
    }

    /** The width of {@code text.substring(start, end)}, when it is drawn as one line. */
    @FunctionalInterface
    public interface RangeMeasure {
        double width(int start, int end);
    }

    private LineBreaker() {
    }

    /**
     * The text to draw for a line on its own. JavaFX takes the direction of a line it lays out from the
     * line's first letter, so the second line of an English sentence that starts with a Hebrew word
     * would read right to left; such a line gets an invisible left-to-right mark in front. (The
     * right-to-left mark is no help: some fonts draw it as a box. See {@link #needsRightToLeftNode}.)
     */
    public static String drawnText(Line line) {
        return markBefore(line) + line.shown();
    }

    /** The invisible mark {@link #drawnText} puts before the line, if any. */
    public static String markBefore(Line line) {
        return !line.rightToLeft() && readsRightToLeft(line.shown()) ? "\u200E" : "";
    }

    /**
     * Whether a line of a right-to-left paragraph must be drawn by a node oriented right to left: one that
     * would otherwise read left to right, because it starts with an English word or has no letters.
     */
    public static boolean needsRightToLeftNode(Line line) {
        return line.rightToLeft() && !readsRightToLeft(line.shown());
    }

    /** Whether JavaFX would need its bidirectional layout for this text: it holds right-to-left letters. */
    public static boolean hasRightToLeft(String text) {
        char[] chars = text.toCharArray();
        return Bidi.requiresBidi(chars, 0, chars.length);
    }

    /** Whether a paragraph reads right to left: its first strong letter does (left to right when it has none). */
    public static boolean readsRightToLeft(String paragraph) {
        return !new Bidi(paragraph, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    }

    /**
     * The lines of {@code text} when no line may be wider than {@code width}, as {@code measure} measures
     * them. Every character of the text is in exactly one line (the {@code '\n'} between paragraphs in
     * none), so nothing is lost or repeated. An empty text is one empty line.
     */
    public static List<Line> lines(String text, double width, ToDoubleFunction<String> measure) {
        return lines(text, width, (start, end) -> measure.applyAsDouble(text.substring(start, end)));
    }

    /**
     * As {@link #lines(String, double, ToDoubleFunction)}, measuring stretches of the text by where they
     * are in it: for a text whose parts are drawn in different fonts (a bold search hit).
     */
    public static List<Line> lines(String text, double width, RangeMeasure measure) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        while (true) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            breakParagraph(text, start, end, width, measure, out);
            if (newline < 0) {
                return out;
            }
            start = newline + 1;
        }
    }

    private static void breakParagraph(String text, int from, int to, double width, RangeMeasure whole,
            List<Line> out) {
        RangeMeasure measure = (start, end) -> whole.width(from + start, from + end);
        String paragraph = text.substring(from, to);
        boolean rtl = readsRightToLeft(paragraph);
        if (paragraph.isEmpty()) {
            out.add(new Line(from, to, "", rtl));
            return;
        }
        List<Integer> breaks = breakOpportunities(paragraph);
        int start = 0;
        int next = 0; // index into breaks of the first opportunity after start
        while (start < paragraph.length()) {
            int end = -1;
            for (int i = next; i < breaks.size() && fits(paragraph, start, breaks.get(i), width, measure); i++) {
                end = breaks.get(i);
            }
            if (end < 0) {
                // Not even the first word fits: split it where a character ends.
                end = longestFittingPrefix(paragraph, start, breaks.get(next), width, measure);
            }
            out.add(new Line(from + start, from + end, stripTrailingSpace(paragraph.substring(start, end)), rtl));
            start = end;
            while (next < breaks.size() && breaks.get(next) <= start) {
                next++;
            }
        }
    }

    private static List<Integer> breakOpportunities(String paragraph) {
        BreakIterator it = BreakIterator.getLineInstance();
        it.setText(paragraph);
        List<Integer> breaks = new ArrayList<>();
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            breaks.add(b);
        }
        return breaks;
    }

    private static boolean fits(String paragraph, int start, int end, double width, RangeMeasure measure) {
        int shownEnd = start + stripTrailingSpace(paragraph.substring(start, end)).length();
        return measure.width(start, shownEnd) <= width;
    }

    /** The end of the longest run of whole characters from start that fits; at least one character. */
    private static int longestFittingPrefix(String paragraph, int start, int wordEnd, double width,
            RangeMeasure measure) {
        BreakIterator chars = BreakIterator.getCharacterInstance();
        chars.setText(paragraph);
        int end = chars.following(start);
        for (int c = chars.next(); c != BreakIterator.DONE && c <= wordEnd; c = chars.next()) {
            if (!fits(paragraph, start, c, width, measure)) {
                break;
            }
            end = c;
        }
        return end;
    }

    private static String stripTrailingSpace(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
