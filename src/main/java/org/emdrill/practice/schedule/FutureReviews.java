package org.emdrill.practice.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reviews recorded while the computer's clock was ahead: their review time is after now and their due
 * date was counted from that wrong time. Spaced practice treats such a review as done now, moving the
 * due date back by the same amount, so a question is not hidden until the wrong date comes round.
 */
public final class FutureReviews {

    /** Same tolerance as the history's future-date mark. */
    static final Duration GRACE = Duration.ofMinutes(1);

    private FutureReviews() {
    }

    public static List<ReviewState> asOf(List<ReviewState> schedule, Instant now) {
        List<ReviewState> result = new ArrayList<>(schedule.size());
        for (ReviewState s : schedule) {
            result.add(asOf(s, now));
        }
        return result;
    }

    public static ReviewState asOf(ReviewState s, Instant now) {
        if (s.lastReviewedAt() == null || !s.lastReviewedAt().isAfter(now.plus(GRACE))) {
            return s;
        }
        Duration ahead = Duration.between(now, s.lastReviewedAt());
        return new ReviewState(s.questionId(), s.bankId(), s.phase(), s.ease(), s.intervalDays(), s.repetitions(),
                s.lapses(), s.step(), s.leech(), s.dueAt().minus(ahead), now);
    }
}
