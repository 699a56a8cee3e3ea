package org.emdrill.practice.mockinterview;

import org.emdrill.practice.FollowUpAnswer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.emdrill.domain.QueuedQuestion;

/**
 * A read-only view of one question of a mock interview, for the Mock interview screen and the summary.
 *
 * @param position 0-based
 * @param overall  the weighted overall score, null when not scored
 */
public record AskedQuestion(
        int position,
        QueuedQuestion queued,
        QuestionStatus status,
        String answerText,
        Duration prepDuration,
        Duration answerDuration,
        Duration target,
        List<FollowUpAnswer> followUps,
        Scores scores,
        Set<StarElement> star,
        String notes,
        Double overall) {

    public AskedQuestion {
        Objects.requireNonNull(queued, "queued");
        Objects.requireNonNull(status, "status");
        followUps = List.copyOf(followUps);
        star = Set.copyOf(star);
    }

    public boolean wasAnswered() {
        return status == QuestionStatus.ANSWERED || status == QuestionStatus.SCORED;
    }

    /** Whether the main answer reached its target (the timer's "over target" colour). */
    public boolean overTarget() {
        return wasAnswered() && answerDuration.compareTo(target) > 0;
    }
}
