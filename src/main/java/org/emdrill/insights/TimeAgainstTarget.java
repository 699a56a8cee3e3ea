package org.emdrill.insights;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.emdrill.domain.Attempt;

/**
 * Answer time against target time, per attempt and overall.
 *
 * @param ratios         one per attempt with a target, oldest first; from the store only the newest
 *                       {@link #NEWEST_KEPT}, which is all a chart shows
 * @param count          how many answers had a target, in all
 * @param overTarget     how many answers ran longer than their target
 * @param shareOverTarget overTarget divided by the number of ratios, 0 when there are none
 */
public record TimeAgainstTarget(List<TimeRatio> ratios, int count, int overTarget, double shareOverTarget) {

    /** The newest timed answers kept for the chart: its 150 dots and the ten before them for its average. */
    public static final int NEWEST_KEPT = 200;

    public TimeAgainstTarget {
        ratios = List.copyOf(ratios);
    }

    /** Attempts without a positive target time are left out. */
    public static TimeAgainstTarget of(List<Attempt> attempts) {
        List<TimeRatio> ratios = new ArrayList<>();
        int over = 0;
        for (Attempt a : Chronology.oldestFirst(attempts)) {
            if (a.targetSeconds() <= 0) {
                continue;
            }
            double ratio = a.answerDuration().toMillis() / (double) Duration.ofSeconds(a.targetSeconds()).toMillis();
            TimeRatio r = new TimeRatio(a.id(), a.finishedAt(), ratio);
            ratios.add(r);
            if (r.overTarget()) {
                over++;
            }
        }
        return new TimeAgainstTarget(ratios, ratios.size(), over, ratios.isEmpty() ? 0 : over / (double) ratios.size());
    }
}
