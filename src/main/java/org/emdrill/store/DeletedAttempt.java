package org.emdrill.store;

import java.util.Objects;
import java.util.Optional;
import org.emdrill.practice.schedule.ReviewState;
import org.emdrill.store.recording.Recording;

/**
 * What a delete took away, to hand back to {@link AttemptRevisions#restore} for undo: the attempt with
 * everything stored about it, and its question's schedule before and right after the delete.
 *
 * @param scheduleBefore the question's schedule row before the delete; null when it had none
 * @param scheduleAfter  the row the delete left (replayed from the remaining attempts); null when none
 * @param recording      the attempt's recording, whose file waits aside until the delete is final; null when none
 */
public record DeletedAttempt(StoredAttempt stored, ReviewState scheduleBefore, ReviewState scheduleAfter,
                             Recording recording) {

    public DeletedAttempt {
        Objects.requireNonNull(stored, "stored");
    }

    public DeletedAttempt(StoredAttempt stored, ReviewState scheduleBefore, ReviewState scheduleAfter) {
        this(stored, scheduleBefore, scheduleAfter, null);
    }

    public Optional<ReviewState> scheduleBeforeIfAny() {
        return Optional.ofNullable(scheduleBefore);
    }
}
