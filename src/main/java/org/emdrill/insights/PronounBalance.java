package org.emdrill.insights;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * How often the answer says "I" against "we". Interviewers for a manager role want to hear what the
 * candidate did ("I decided") as well as credit to the team ("we shipped"); an answer told only in "we"
 * hides the candidate. Counts the subject forms: I, I'm, I've, I'd, I'll and we, we're, we've, we'd,
 * we'll. "I" inside the filler "I mean" is not counted.
 */
public record PronounBalance(int i, int we) {

    private static final Set<String> I_FORMS = Set.of("i", "i'm", "i've", "i'd", "i'll");
    private static final Set<String> WE_FORMS = Set.of("we", "we're", "we've", "we'd", "we'll");

    /** The share of "I" among "I" and "we", from 0 to 1; empty when the answer uses neither. */
    public OptionalDouble shareOfI() {
        int total = i + we;
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(i / (double) total);
    }

    static PronounBalance count(List<Token> tokens, List<FillerOccurrence> fillers) {
        int i = 0;
        int we = 0;
        for (Token t : tokens) {
            if (!t.isWord() || insideFiller(t, fillers)) {
                continue;
            }
            if (I_FORMS.contains(t.text())) {
                i++;
            } else if (WE_FORMS.contains(t.text())) {
                we++;
            }
        }
        return new PronounBalance(i, we);
    }

    private static boolean insideFiller(Token t, List<FillerOccurrence> fillers) {
        for (FillerOccurrence f : fillers) {
            if (t.start() >= f.start() && t.end() <= f.end()) {
                return true;
            }
        }
        return false;
    }
}
