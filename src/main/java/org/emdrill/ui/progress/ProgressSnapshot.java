package org.emdrill.ui.progress;

import java.time.Instant;
import org.emdrill.insights.FutureDates;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.emdrill.domain.Attempt;
import org.emdrill.practice.schedule.DimensionAverages;
import org.emdrill.insights.ProgressReport;

/**
 * One computed state of the Progress screen: the statistics and the few facts around them that the
 * cards need (how often each question was practised, for "least practised first").
 *
 * @param averages       each dimension's mean over every attempt
 * @param today          the user's local date when this was computed
 * @param lastPractised  when the newest attempt finished; null without attempts
 */
public record ProgressSnapshot(ProgressReport report, DimensionAverages averages, int attemptCount,
                               Map<String, Integer> attemptsPerQuestion, Instant lastPractised, LocalDate today) {

    public ProgressSnapshot {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(averages, "averages");
        attemptsPerQuestion = Collections.unmodifiableMap(new HashMap<>(attemptsPerQuestion));
        Objects.requireNonNull(today, "today");
    }

    static ProgressSnapshot of(ProgressReport report, List<Attempt> attempts, LocalDate today, Instant now) {
        Map<String, Integer> perQuestion = new HashMap<>();
        Instant last = null;
        for (Attempt a : attempts) {
            perQuestion.merge(a.questionId(), 1, Integer::sum);
            // "Last practised" is never a day that has not come: a wrong clock's date is left out.
            if (FutureDates.isFuture(a.finishedAt(), now)) {
                continue;
            }
            if (last == null || a.finishedAt().isAfter(last)) {
                last = a.finishedAt();
            }
        }
        return new ProgressSnapshot(report, DimensionAverages.ofAttempts(attempts), attempts.size(), perQuestion, last, today);
    }

    /** From the statistics the store computed. */
    static ProgressSnapshot of(org.emdrill.insights.ProgressFromStore.Result r, LocalDate today) {
        return new ProgressSnapshot(r.report(), r.averages(), r.attemptCount(), r.attemptsPerQuestion(),
                r.lastPractised(), today);
    }

    public Optional<Instant> lastPractisedIfAny() {
        return Optional.ofNullable(lastPractised);
    }
}
