package org.emdrill.insights;

import org.emdrill.practice.schedule.DimensionAverages;
import java.util.List;
import org.emdrill.domain.Attempt;

/**
 * The five dimension averages for the radar chart: the most recent attempts against all the attempts
 * before them, so the chart shows where practice has moved the needle.
 *
 * @param recent  averages over the last {@code window} attempts
 * @param earlier averages over every attempt before those; {@link DimensionAverages#none()} when there
 *                are no earlier attempts
 */
public record RadarData(DimensionAverages recent, DimensionAverages earlier, int recentAttempts, int earlierAttempts) {

    /** @param window how many of the newest attempts count as recent, at least 1 */
    public static RadarData recentAgainstEarlier(List<Attempt> attempts, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1: " + window);
        }
        List<Attempt> ordered = Chronology.oldestFirst(attempts);
        int split = Math.max(0, ordered.size() - window);
        List<Attempt> earlier = ordered.subList(0, split);
        List<Attempt> recent = ordered.subList(split, ordered.size());
        return new RadarData(DimensionAverages.ofAttempts(recent), DimensionAverages.ofAttempts(earlier), recent.size(), earlier.size());
    }
}
