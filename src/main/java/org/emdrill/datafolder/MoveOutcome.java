package org.emdrill.datafolder;

import java.nio.file.Path;

/** What moving the data folder came to: copied and checked, or why not (in words for the user). */
public sealed interface MoveOutcome {

    /** Everything was copied to {@code target} and checked; the app switches to it on its next start. */
    record Copied(Path target, int files, long bytes) implements MoveOutcome {
    }

    record Refused(String message) implements MoveOutcome {
    }
}
