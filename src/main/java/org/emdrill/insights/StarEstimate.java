package org.emdrill.insights;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.emdrill.domain.StarElement;

/**
 * Which STAR parts an answer seems to contain, judged by cue phrases, and how its words divide.
 *
 * @param covered   parts with at least one cue phrase
 * @param firstCue  for each covered part, the index of the word where its first cue starts
 * @param split     the share of words spent on each group of parts
 */
public record StarEstimate(Set<StarElement> covered, Map<StarElement, Integer> firstCue, StarSplit split) {

    public StarEstimate {
        EnumSet<StarElement> c = EnumSet.noneOf(StarElement.class);
        c.addAll(covered);
        covered = Collections.unmodifiableSet(c);
        EnumMap<StarElement, Integer> f = new EnumMap<>(StarElement.class);
        f.putAll(firstCue);
        firstCue = Collections.unmodifiableMap(f);
    }

    /** Parts with no cue at all: worth a look, though a cue list can miss a part told in other words. */
    public Set<StarElement> missing() {
        EnumSet<StarElement> missing = EnumSet.allOf(StarElement.class);
        missing.removeAll(covered);
        return missing;
    }
}
