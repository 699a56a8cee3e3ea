package org.emdrill.insights;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fillers in one answer.
 *
 * @param byFiller how often each listed filler occurred, in the order of {@link FillerWords#LISTED},
 *                 only those that occurred
 * @param per100Words fillers per 100 words, 0 for an empty answer
 */
public record FillerReport(int total, double per100Words, Map<String, Integer> byFiller,
                           List<FillerOccurrence> occurrences) {

    public FillerReport {
        byFiller = Collections.unmodifiableMap(new LinkedHashMap<>(byFiller));
        occurrences = List.copyOf(occurrences);
    }

    public int count(String filler) {
        return byFiller.getOrDefault(filler, 0);
    }
}
