package org.emdrill.store.transfer;

import java.util.List;
import org.emdrill.domain.Problem;
import org.emdrill.practice.schedule.ReviewState;
import org.emdrill.store.StoredAttempt;

/**
 * A JSON export as read: the attempts that passed every check and the ones that did not, and the
 * review schedule rows and stories likewise.
 */
record ParsedHistory(List<StoredAttempt> attempts, List<Problem> rejected, List<ReviewState> schedule,
                     List<Problem> rejectedSchedule, StoryJson.Read stories) {

    ParsedHistory {
        attempts = List.copyOf(attempts);
        rejected = List.copyOf(rejected);
        schedule = List.copyOf(schedule);
        rejectedSchedule = List.copyOf(rejectedSchedule);
        stories = stories == null ? new StoryJson.Read(List.of(), java.util.Map.of(), List.of()) : stories;
    }

    ParsedHistory(List<StoredAttempt> attempts, List<Problem> rejected, List<ReviewState> schedule,
                  List<Problem> rejectedSchedule) {
        this(attempts, rejected, schedule, rejectedSchedule, null);
    }

    ParsedHistory(List<StoredAttempt> attempts, List<Problem> rejected) {
        this(attempts, rejected, List.of(), List.of());
    }
}
