package org.emdrill.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.emdrill.domain.Attempt;

/** Puts attempts in the order they happened: by finish time, ties by id. */
final class Chronology {

    static final Comparator<Attempt> OLDEST_FIRST =
            Comparator.comparing(Attempt::finishedAt).thenComparingLong(Attempt::id);

    private Chronology() {
    }

    static List<Attempt> oldestFirst(List<Attempt> attempts) {
        List<Attempt> sorted = new ArrayList<>(attempts);
        sorted.sort(OLDEST_FIRST);
        return sorted;
    }
}
