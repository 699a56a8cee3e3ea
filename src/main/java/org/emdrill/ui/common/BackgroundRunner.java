package org.emdrill.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs disk and database work off the JavaFX thread and hands the result back on it. View models use
 * this instead of touching the executor, so the rule "never block the FX thread" lives in one place.
 * It is the app's one way to run background work: each call returns a {@link BackgroundTask} that can
 * be cancelled, and {@link LatestTask} keeps only the newest of a series of loads.
 * <p>
 * Work runs on the executor the app owns; results are handed over with {@code Platform.runLater}, as a
 * {@code javafx.concurrent.Task} does. {@link #sameThread()} runs both at once on the caller's thread,
 * for tests of view models that need no FX thread at all.
 */
public final class BackgroundRunner {

    private static final System.Logger LOG = System.getLogger(BackgroundRunner.class.getName());

    private final Executor executor;
    private final Executor results;

    public BackgroundRunner(Executor executor) {
        this(executor, Platform::runLater);
    }

    private BackgroundRunner(Executor executor, Executor results) {
        this.executor = Objects.requireNonNull(executor);
        this.results = Objects.requireNonNull(results);
    }

    /**
     * Work on {@code worker}, callbacks on {@code fx}: for tests that decide when each piece runs (a slow
     * early request answering after a newer one).
     */
    static BackgroundRunner queued(Executor worker, Executor fx) {
        return new BackgroundRunner(worker, fx);
    }

    /** Work and its callbacks run at once, in order, on the calling thread: for tests. */
    public static BackgroundRunner sameThread() {
        return new BackgroundRunner(Runnable::run, Runnable::run);
    }

    /**
     * Runs {@code work} on the executor, then {@code onSuccess} or {@code onFailure} on the FX thread.
     *
     * @return the handle that cancels delivery; keep it in a {@link LatestTask} when a newer request
     *         replaces this one
     */
    public <T> BackgroundTask run(Callable<T> work, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onFailure) {
        BackgroundTask handle = new BackgroundTask();
        Runnable task = () -> {
            if (handle.isCancelled()) {
                return;
            }
            T value;
            try {
                value = work.call();
            } catch (Throwable t) { // also errors: the caller must hear that its work did not finish
                LOG.log(System.Logger.Level.ERROR, "background work failed", t);
                results.execute(() -> deliver(handle, () -> onFailure.accept(t)));
                return;
            }
            results.execute(() -> deliver(handle, () -> onSuccess.accept(value)));
        };
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            // The app is closing and its worker has stopped: say so to the caller rather than throw on the FX thread.
            LOG.log(System.Logger.Level.WARNING, "background work refused: the worker has stopped");
            handle.finished();
            onFailure.accept(e);
        }
        return handle;
    }

    private static void deliver(BackgroundTask handle, Runnable callback) {
        handle.finished();
        if (!handle.isCancelled()) {
            callback.run();
        }
    }

    /** Work whose result nobody waits for; a failure is logged (by {@link #run}) and nothing else. */
    public void fireAndForget(Callable<?> work) {
        run(work, r -> { }, BackgroundRunner::loggedAlready);
    }

    private static void loggedAlready(Throwable failure) {
        // run() has written it to the log with its stack trace; no one on screen waits for this work.
    }

    /** Runs {@code action} on the FX thread, now if already on it. */
    public static void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
