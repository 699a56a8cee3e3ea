package org.emdrill.store.transfer;

import java.util.List;
import org.emdrill.domain.Problem;
import org.emdrill.store.StoredAttempt;

/** A JSON export as read: the attempts that passed every check, and the ones that did not. */
record ParsedHistory(List<StoredAttempt> attempts, List<Problem> rejected) {

    ParsedHistory {
        attempts = List.copyOf(attempts);
        rejected = List.copyOf(rejected);
    }
}
