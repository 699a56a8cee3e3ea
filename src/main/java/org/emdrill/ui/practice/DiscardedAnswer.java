package org.emdrill.ui.practice;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.emdrill.practice.AnswerDraft;

/**
 * The answer thrown away by "Discard and next", kept in memory so a slip can be undone: until the next
 * answer starts, the practice ends or another answer is discarded.
 */
final class DiscardedAnswer {

    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private AnswerDraft kept;

    /** True while there is a discarded answer to bring back. */
    ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** Keeps what was discarded; an answer with nothing in it needs no undo. */
    void keep(Optional<AnswerDraft> discarded) {
        kept = discarded.orElse(null);
        available.set(kept != null);
    }

    /** The discarded answer, once; empty when there is none. */
    Optional<AnswerDraft> take() {
        Optional<AnswerDraft> d = Optional.ofNullable(kept);
        forget();
        return d;
    }

    void forget() {
        kept = null;
        available.set(false);
    }
}
