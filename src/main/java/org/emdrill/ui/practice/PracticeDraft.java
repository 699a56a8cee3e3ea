package org.emdrill.ui.practice;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.emdrill.practice.AnswerDraft;
import org.emdrill.store.DraftStore;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.Autosave;
import org.emdrill.ui.common.AutosaveHealth;
import org.emdrill.ui.common.BackgroundRunner;

/**
 * The Practice answer's draft on disk: autosaved as it changes (with a lasting warning while writing
 * fails, retried), offered back when found at start or left by ending a practice, cleared when thrown
 * away. The save itself clears it only after the attempt is stored (see {@code AttemptRecorder}).
 */
final class PracticeDraft {

    private static final System.Logger LOG = System.getLogger(PracticeDraft.class.getName());

    private final BackgroundRunner runner;
    private final DraftStore<AnswerDraft> store;
    private final Supplier<Optional<AnswerDraft>> current;
    private final AutosaveHealth health;
    private final Autosave autosave = new Autosave(this::write);
    private final ReadOnlyObjectWrapper<AnswerDraft> pending = new ReadOnlyObjectWrapper<>();

    /** @param current the draft of the answer on screen, empty when there is nothing to keep */
    PracticeDraft(AppState state, BackgroundRunner runner, DraftStore<AnswerDraft> store,
            Supplier<Optional<AnswerDraft>> current, Consumer<String> status) {
        this.runner = runner;
        this.store = store;
        this.current = current;
        this.health = new AutosaveHealth(state, "answer");
        runner.run(store::load, found -> found.ifPresent(pending::set),
                error -> status.accept("Your unfinished answer could not be read (" + error.getMessage()
                        + "); its file is kept in the drafts folder."));
    }

    DraftStore<AnswerDraft> store() {
        return store;
    }

    void changed() {
        autosave.changed();
    }

    void flushNow() {
        autosave.flushNow();
    }

    /** Stops a pending write, e.g. while the attempt is being saved. */
    void hold() {
        autosave.cancel();
    }

    private void write() {
        Optional<AnswerDraft> draft = current.get();
        if (draft.isEmpty()) {
            return;
        }
        runner.run(() -> {
            store.save(draft.get());
            return null;
        }, done -> health.succeeded(), error -> {
            // The words stay in the window; say so until a write succeeds, and keep trying.
            if (error instanceof java.util.concurrent.RejectedExecutionException) {
                return; // the app is closing: the worker that writes drafts has stopped
            }
            health.failed(error);
            autosave.changed();
        });
    }

    void clear() {
        autosave.cancel();
        runner.run(() -> {
            store.clear();
            return null;
        }, done -> { }, error -> LOG.log(System.Logger.Level.WARNING, "draft not cleared: " + error.getMessage()));
    }

    void setAside() {
        runner.run(store::setAside, aside -> { }, error -> LOG.log(System.Logger.Level.WARNING,
                "unresumable draft not moved aside: " + error.getMessage()));
    }

    /** Puts a readable draft away, its file kept in the drafts folder under a name that says so. */
    void putAway() {
        runner.run(store::putAway, aside -> { }, error -> LOG.log(System.Logger.Level.WARNING,
                "draft not put away: " + error.getMessage()));
    }

    /**
     * Before a new practice writes its first draft over the file: puts the draft on offer away, so it is
     * kept, and says so; empty when none was on offer.
     */
    Optional<String> putAwayPending() {
        AnswerDraft d = take();
        if (d == null) {
            return Optional.empty();
        }
        putAway();
        return Optional.of("Your unfinished answer (" + org.emdrill.practice.WordCounter.count(d.answerText())
                + " words) was put away: a copy is kept in the drafts folder of your data folder.");
    }

    void offer(AnswerDraft draft) {
        pending.set(draft);
    }

    /** The draft on offer, taken off offer; null when there is none. */
    AnswerDraft take() {
        AnswerDraft d = pending.get();
        pending.set(null);
        return d;
    }

    ReadOnlyObjectProperty<AnswerDraft> pendingProperty() {
        return pending.getReadOnlyProperty();
    }
}
