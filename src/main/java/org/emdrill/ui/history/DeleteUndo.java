package org.emdrill.ui.history;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.emdrill.store.DeletedAttempt;

/**
 * The "Attempt deleted · Undo" offer: holds the last deleted attempt for a while, then lets it go.
 * Only the latest delete can be undone; a new one replaces the offer and restarts the time.
 */
final class DeleteUndo {

    private final Delays delays;
    private final Duration undoTime;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private DeletedAttempt token;
    private Runnable cancelTimeout = () -> { };
    /** Told when a delete can no longer be undone (time up, dismissed, replaced by a newer delete). */
    private Consumer<DeletedAttempt> whenFinal = d -> { };

    DeleteUndo(Delays delays, Duration undoTime) {
        this.delays = Objects.requireNonNull(delays, "delays");
        this.undoTime = Objects.requireNonNull(undoTime, "undoTime");
    }

    /** "Attempt deleted" while the last delete can be undone, empty otherwise. */
    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    void whenFinal(Consumer<DeletedAttempt> action) {
        this.whenFinal = Objects.requireNonNull(action, "action");
    }

    void offer(DeletedAttempt deleted) {
        cancelTimeout.run();
        if (token != null) {
            whenFinal.accept(token);
        }
        token = deleted;
        text.set("Attempt deleted");
        cancelTimeout = delays.after(undoTime, this::dismiss);
    }

    /** The deleted attempt to put back, ending the offer; empty when there is nothing to undo. */
    Optional<DeletedAttempt> take() {
        DeletedAttempt taken = token;
        if (taken != null) {
            token = null;
            dismiss();
        }
        return Optional.ofNullable(taken);
    }

    /** Hides the offer; the delete stays. */
    void dismiss() {
        cancelTimeout.run();
        if (token != null) {
            whenFinal.accept(token);
        }
        token = null;
        text.set("");
    }
}
