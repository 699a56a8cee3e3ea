package org.emdrill.practice.mockinterview;

import org.emdrill.practice.FollowUpAnswer;
import java.util.List;
import java.util.Objects;
import org.emdrill.domain.Attempt;

/**
 * A question of a mock interview that is ready to be stored: its attempt (not saved yet, id 0), its
 * 0-based position in the interview, its follow-up answers and the recording of a spoken answer
 * ({@code recordingFile}, relative to {@code recordings/}; null when none was made).
 */
public record FinishedQuestion(int position, Attempt attempt, List<FollowUpAnswer> followUps, String recordingFile) {
    public FinishedQuestion {
        Objects.requireNonNull(attempt, "attempt");
        followUps = List.copyOf(followUps);
    }

    public FinishedQuestion(int position, Attempt attempt, List<FollowUpAnswer> followUps) {
        this(position, attempt, followUps, null);
    }
}
