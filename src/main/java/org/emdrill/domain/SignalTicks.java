package org.emdrill.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Which of a question's signals of a strong answer, and which of its red flags, the candidate says their
 * answer showed ("I did this"). Kept by their words, as an attempt keeps its prompt, so the history
 * still reads right after the bank is edited. Blank and repeated entries are dropped; order is kept.
 *
 * @param signals  the signals ticked, in the question's order
 * @param redFlags the red flags ticked, in the question's order
 */
public record SignalTicks(List<String> signals, List<String> redFlags) {

    public static final SignalTicks NONE = new SignalTicks(List.of(), List.of());

    public SignalTicks {
        signals = clean(signals);
        redFlags = clean(redFlags);
    }

    private static List<String> clean(List<String> texts) {
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        if (texts != null) {
            for (String t : texts) {
                if (t != null && !t.isBlank()) {
                    kept.add(t);
                }
            }
        }
        return List.copyOf(kept);
    }

    public boolean isEmpty() {
        return signals.isEmpty() && redFlags.isEmpty();
    }

    public boolean anyRedFlag() {
        return !redFlags.isEmpty();
    }

    public boolean hasSignal(String text) {
        return signals.contains(text);
    }

    public boolean hasRedFlag(String text) {
        return redFlags.contains(text);
    }

    /**
     * The ticks of {@code question}'s own items, in its order, from a set of ticked words: what a
     * scoring card built for that question starts with.
     */
    public static SignalTicks of(Question question, java.util.Set<String> tickedSignals,
                                 java.util.Set<String> tickedRedFlags) {
        List<String> s = new ArrayList<>();
        question.signals().stream().filter(tickedSignals::contains).forEach(s::add);
        List<String> r = new ArrayList<>();
        question.redFlags().stream().filter(tickedRedFlags::contains).forEach(r::add);
        return new SignalTicks(s, r);
    }
}
