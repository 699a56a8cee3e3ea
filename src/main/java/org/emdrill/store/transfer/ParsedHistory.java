package org.emdrill.store.transfer;

import java.util.List;
import org.emdrill.domain.Problem;
import org.emdrill.practice.schedule.ReviewState;
import org.emdrill.store.StoredAttempt;

/**
 * A JSON export as read: the attempts that passed every check and the ones that did not, and the
 * review schedule rows and stories likewise. {@code exportedIds} holds, beside each attempt, the id it
 * had in the history it was exported from (0 when the file gave none), so what refers to that id (a
 * recording in a zip export) finds the attempt once it has its new id here.
 */
record ParsedHistory(List<StoredAttempt> attempts, List<Problem> rejected, List<ReviewState> schedule,
                     List<Problem> rejectedSchedule, StoryJson.Read stories, List<Long> exportedIds) {

    ParsedHistory {
        attempts = List.copyOf(attempts);
        exportedIds = exportedIds == null ? java.util.Collections.nCopies(attempts.size(), 0L) : List.copyOf(exportedIds);
        if (exportedIds.size() != attempts.size()) {
            throw new IllegalArgumentException("one exported id per attempt: " + exportedIds.size() + " for "
                    + attempts.size());
        }
        rejected = List.copyOf(rejected);
        schedule = List.copyOf(schedule);
        rejectedSchedule = List.copyOf(rejectedSchedule);
        stories = stories == null ? new StoryJson.Read(List.of(), java.util.Map.of(), List.of()) : stories;
    }

    ParsedHistory(List<StoredAttempt> attempts, List<Problem> rejected, List<ReviewState> schedule,
                  List<Problem> rejectedSchedule, StoryJson.Read stories) {
        this(attempts, rejected, schedule, rejectedSchedule, stories, null);
    }

    ParsedHistory(List<StoredAttempt> attempts, List<Problem> rejected, List<ReviewState> schedule,
                  List<Problem> rejectedSchedule) {
        this(attempts, rejected, schedule, rejectedSchedule, null);
    }

    ParsedHistory(List<StoredAttempt> attempts, List<Problem> rejected) {
        this(attempts, rejected, List.of(), List.of());
    }
}
