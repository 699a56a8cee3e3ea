package org.emdrill.practice.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QueuedQuestion;

/**
 * Chooses the questions for the weakest dimension: those weighting it most, and among equal weights
 * the ones practised longest ago (never practised first), then in bank order. Which dimension is the
 * weakest is not decided here: the caller passes the order of {@code insights.WeakestDimension}, and
 * the first dimension in it that the banks ask about is taken.
 */
public final class WeakestAreaPicker {

    private WeakestAreaPicker() {
    }

    /**
     * @param practiseOrder   every dimension, the one to practise first (the weakest) first
     * @param averages        the means the order was made from, to show the chosen one's
     * @param lastPractisedAt when each question was last practised, by question id; missing = never
     * @param limit           at most this many questions
     */
    public static WeakestArea pick(List<QuestionBank> banks, List<Dimension> practiseOrder, DimensionAverages averages,
            Map<String, Instant> lastPractisedAt, int limit) {
        if (practiseOrder.isEmpty()) {
            throw new IllegalArgumentException("practiseOrder lists no dimension");
        }
        Dimension chosen = practiseOrder.get(0);
        List<QueuedQuestion> candidates = new ArrayList<>();
        for (Dimension d : practiseOrder) {
            List<QueuedQuestion> found = QueuedQuestion.targeting(banks, d);
            if (!found.isEmpty()) {
                chosen = d;
                candidates = new ArrayList<>(found);
                break;
            }
        }
        // Already heaviest first in bank order; List.sort is stable, so only the last-practised order is added.
        final Dimension dimension = chosen;
        candidates.sort(Comparator.<QueuedQuestion>comparingInt(q -> -q.question().weightOf(dimension))
                .thenComparing(q -> lastPractisedAt.getOrDefault(q.question().id(), Instant.MIN)));
        return new WeakestArea(chosen, averages.of(chosen), averages.count(chosen),
                candidates.subList(0, Math.min(Math.max(0, limit), candidates.size())));
    }

    /** When each question was last scored, from the schedule rows. */
    public static Map<String, Instant> lastReviewed(List<ReviewState> schedule) {
        Map<String, Instant> last = new java.util.HashMap<>();
        for (ReviewState s : schedule) {
            if (s.lastReviewedAt() != null) {
                last.put(s.questionId(), s.lastReviewedAt());
            }
        }
        return last;
    }
}
