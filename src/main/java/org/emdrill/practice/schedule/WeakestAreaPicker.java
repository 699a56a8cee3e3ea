package org.emdrill.practice.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QueuedQuestion;

/**
 * Chooses the questions for the weakest dimension (the weakest one the banks ask about): those weighting it most, and among equal weights
 * the ones practised longest ago (never practised first), then in bank order.
 */
public final class WeakestAreaPicker {

    private WeakestAreaPicker() {
    }

    /**
     * @param lastPractisedAt when each question was last practised, by question id; missing = never
     * @param limit           at most this many questions
     */
    public static WeakestArea pick(List<QuestionBank> banks, DimensionAverages averages,
            Map<String, Instant> lastPractisedAt, int limit) {
        // The weakest dimension that the loaded banks actually ask about.
        Dimension dimension = averages.weakest();
        List<QueuedQuestion> candidates = List.of();
        for (Dimension d : averages.weakestFirst()) {
            candidates = questionsOn(banks, d);
            if (!candidates.isEmpty()) {
                dimension = d;
                break;
            }
        }
        final Dimension chosen = dimension;
        Comparator<QueuedQuestion> byWeight = Comparator.comparingInt(q -> -q.question().weightOf(chosen));
        Comparator<QueuedQuestion> byLastPractised = Comparator.comparing(
                q -> lastPractisedAt.getOrDefault(q.question().id(), Instant.MIN));
        // List.sort is stable, so equal questions keep bank order.
        candidates.sort(byWeight.thenComparing(byLastPractised));
        return new WeakestArea(chosen, averages.of(chosen),
                candidates.subList(0, Math.min(Math.max(0, limit), candidates.size())));
    }

    private static List<QueuedQuestion> questionsOn(List<QuestionBank> banks, Dimension dimension) {
        List<QueuedQuestion> found = new ArrayList<>();
        for (QuestionBank bank : banks) {
            for (Question q : bank.questions()) {
                if (q.targets(dimension)) {
                    found.add(new QueuedQuestion(bank, q));
                }
            }
        }
        return found;
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
