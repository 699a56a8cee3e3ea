package org.emdrill.insights;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emdrill.domain.Attempt;

/** "What to work on" besides the weakest dimension ({@link WeakestDimension}): questions that went badly last time, banks never tried. */
public final class FocusAreas {

    /** A latest overall score below this marks a question as worth another go. */
    public static final double LOW_SCORE = 3.0;

    private FocusAreas() {
    }

    /**
     * Questions whose most recent scored attempt has an overall score below {@link #LOW_SCORE}, lowest
     * first (ties: the longer ago, the sooner). Unscored attempts are ignored: they say nothing.
     */
    public static List<LowScore> lowScoringQuestions(List<Attempt> attempts) {
        return lowScoringQuestions(attempts, LOW_SCORE);
    }

    public static List<LowScore> lowScoringQuestions(List<Attempt> attempts, double below) {
        Map<String, Attempt> latest = new LinkedHashMap<>();
        for (Attempt a : Chronology.oldestFirst(attempts)) {
            if (a.overall() != null) {
                latest.put(a.questionId(), a);
            }
        }
        List<LowScore> low = new ArrayList<>();
        for (Attempt a : latest.values()) {
            if (a.overall() < below) {
                low.add(new LowScore(a.questionId(), a.bankId(), a.prompt(), a.overall(), a.id(), a.finishedAt()));
            }
        }
        low.sort(Comparator.comparingDouble(LowScore::lastOverall).thenComparing(LowScore::finishedAt));
        return low;
    }

    /** The loaded banks with no attempt at all, in the order given. */
    public static List<String> banksNeverPractised(List<Attempt> attempts, Collection<String> loadedBankIds) {
        Set<String> practised = new HashSet<>();
        for (Attempt a : attempts) {
            practised.add(a.bankId());
        }
        List<String> never = new ArrayList<>();
        for (String id : new LinkedHashSet<>(loadedBankIds)) {
            if (!practised.contains(id)) {
                never.add(id);
            }
        }
        return never;
    }
}
