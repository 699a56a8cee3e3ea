package org.emdrill.practice.mockinterview;

import org.emdrill.practice.FollowUpAnswer;
import java.util.List;
import java.util.Objects;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.SignalTicks;

/**
 * A question of a mock interview that is ready to be stored: its attempt (not saved yet, id 0), its
 * 0-based position in the interview, its follow-up answers, the signals and red flags ticked, the
 * recording of a spoken answer ({@code recordingFile}, relative to {@code recordings/}; null when none
 * was made) and the story the candidate told (null for none).
 */
public record FinishedQuestion(int position, Attempt attempt, List<FollowUpAnswer> followUps, SignalTicks ticks,
                               String recordingFile, String storyId) {
    public FinishedQuestion {
        Objects.requireNonNull(attempt, "attempt");
        followUps = List.copyOf(followUps);
        ticks = ticks == null ? SignalTicks.NONE : ticks;
        storyId = storyId == null || storyId.isBlank() ? null : storyId;
    }

    /** A question answered with no story picked and not recorded. */
    public FinishedQuestion(int position, Attempt attempt, List<FollowUpAnswer> followUps, SignalTicks ticks) {
        this(position, attempt, followUps, ticks, null, null);
    }

    /** A question scored without ticking any signal or red flag, without a story, and not recorded. */
    public FinishedQuestion(int position, Attempt attempt, List<FollowUpAnswer> followUps) {
        this(position, attempt, followUps, SignalTicks.NONE, null, null);
    }
}
