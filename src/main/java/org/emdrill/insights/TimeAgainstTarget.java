package org.emdrill.insights;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.emdrill.domain.Attempt;

/**
 * Answer time against target time, per attempt and overall.
 *
 * @param ratios         one per attempt with a target, oldest first
 * @param overTarget     how many answers ran longer than their target
 * @param shareOverTarget overTarget divided by the number of ratios, 0 when there are none
 */
public record TimeAgainstTarget(List<TimeRatio> ratios, int overTarget, double shareOverTarget) {

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
        return new TimeAgainstTarget(ratios, over, ratios.isEmpty() ? 0 : over / (double) ratios.size());
    }
}
