package org.emdrill.practice.mockinterview;

import org.emdrill.practice.FollowUpAnswer;
import java.util.List;
import java.util.Objects;
import org.emdrill.domain.Attempt;

/**
 * A question of a mock interview that is ready to be stored: its attempt (not saved yet, id 0), its
 * 0-based position in the interview and its follow-up answers.
 */
public record FinishedQuestion(int position, Attempt attempt, List<FollowUpAnswer> followUps) {
    public FinishedQuestion {
        Objects.requireNonNull(attempt, "attempt");
        followUps = List.copyOf(followUps);
    }
}
