package org.emdrill.store.transfer;

import java.util.List;
import org.emdrill.domain.Problem;
import org.emdrill.practice.schedule.ReviewState;
import org.emdrill.store.StoredAttempt;

/**
 * A JSON export as read: the attempts that passed every check and the ones that did not, and the
 * review schedule rows likewise.
 */
record ParsedHistory(List<StoredAttempt> attempts, List<Problem> rejected, List<ReviewState> schedule,
                     List<Problem> rejectedSchedule) {

    ParsedHistory {
        attempts = List.copyOf(attempts);
        rejected = List.copyOf(rejected);
        schedule = List.copyOf(schedule);
        rejectedSchedule = List.copyOf(rejectedSchedule);
    }

    ParsedHistory(List<StoredAttempt> attempts, List<Problem> rejected) {
        this(attempts, rejected, List.of(), List.of());
    }
}
