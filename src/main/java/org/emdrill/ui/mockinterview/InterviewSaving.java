package org.emdrill.ui.mockinterview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.emdrill.practice.mockinterview.FinishedQuestion;
import org.emdrill.practice.mockinterview.MockInterview;
import org.emdrill.practice.mockinterview.MockInterviewSnapshot;
import org.emdrill.practice.schedule.DimensionAverages;
import org.emdrill.store.DraftStore;
import org.emdrill.store.InterviewRecorder;
import org.emdrill.store.PlainErrors;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.AutosaveHealth;
import org.emdrill.ui.common.BackgroundRunner;

/**
 * The store side of the running interview, as the screen drives it: each finished question saved once
 * and retried after a failure, the crash snapshot kept on disk (with a lasting warning while that
 * fails), and the interview closed, its snapshot cleared only once every answer is stored.
 */
final class InterviewSaving {

    private static final System.Logger LOG = System.getLogger(InterviewSaving.class.getName());

    private final BackgroundRunner runner;
    private final InterviewRecorder recorder;
    private final DraftStore<MockInterviewSnapshot> drafts;
    private final AppState state;
    private final AutosaveHealth health;
    private final Consumer<String> status;
    /** Positions of the running interview already in the store (after a resume, some may be). */
    private final Set<Integer> savedPositions = new HashSet<>();
    private final List<FinishedQuestion> failed = new ArrayList<>();

    InterviewSaving(BackgroundRunner runner, InterviewRecorder recorder, DraftStore<MockInterviewSnapshot> drafts,
            AppState state, Consumer<String> status) {
        this.runner = runner;
        this.recorder = recorder;
        this.drafts = drafts;
        this.state = state;
        this.health = new AutosaveHealth(state, "mock interview");
        this.status = status;
    }

    /** A new or resumed interview: {@code alreadySaved} are its positions the store already holds. */
    void begin(Set<Integer> alreadySaved) {
        savedPositions.clear();
        savedPositions.addAll(alreadySaved);
        failed.clear();
    }

    /** Stores the questions that became final, and any whose earlier save failed. */
    void persist(long sessionId, List<FinishedQuestion> finished) {
        List<FinishedQuestion> ready = new ArrayList<>(failed);
        failed.clear();
        ready.addAll(finished);
        for (FinishedQuestion f : ready) {
            if (!savedPositions.add(f.position())) {
                continue;
            }
            runner.run(() -> recorder.save(sessionId, f), id -> state.attemptSaved(), error -> {
                savedPositions.remove(f.position());
                failed.add(f);
                status.accept("Question " + (f.position() + 1) + " is not saved yet and is tried again at the next step. "
                        + PlainErrors.forSave(error));
            });
        }
    }

    void writeSnapshot(MockInterviewSnapshot snapshot, Runnable retry) {
        runner.run(() -> {
            drafts.save(snapshot);
            return null;
        }, done -> health.succeeded(), error -> {
            if (error instanceof java.util.concurrent.RejectedExecutionException) {
                return; // the app is closing: the worker that writes snapshots has stopped
            }
            health.failed(error);
            retry.run();
        });
    }

    /**
     * Closes the finished or abandoned interview: saves what is still unsaved, marks the session, and
     * clears the snapshot only when nothing is left unsaved. {@code then} gets the earlier interviews'
     * means, or none when closing failed (the snapshot is then kept and offered at the next start).
     */
    void close(MockInterview m, Instant at, Consumer<DimensionAverages> then) {
        List<FinishedQuestion> unsaved = new ArrayList<>(failed);
        failed.clear();
        unsaved.removeIf(f -> savedPositions.contains(f.position()));
        long sessionId = m.sessionId();
        runner.run(() -> {
            for (FinishedQuestion f : unsaved) {
                recorder.save(sessionId, f);
            }
            DimensionAverages before = recorder.close(m, at);
            drafts.clear();
            return before;
        }, before -> {
            unsaved.forEach(f -> savedPositions.add(f.position()));
            if (!unsaved.isEmpty()) {
                state.attemptSaved();
            }
            health.succeeded();
            then.accept(before);
        }, error -> {
            LOG.log(System.Logger.Level.WARNING, "mock interview not closed: " + error.getMessage());
            failed.addAll(unsaved);
            then.accept(DimensionAverages.none());
            status.accept("The interview is over, but storing it failed: " + PlainErrors.forSave(error)
                    + " Its answers are kept on this computer and offered again when EM Drill next starts.");
        });
    }

    void clearSnapshot() {
        runner.run(() -> {
            drafts.clear();
            return null;
        }, done -> { }, error -> LOG.log(System.Logger.Level.WARNING,
                "interview snapshot not cleared: " + error.getMessage()));
    }
}
