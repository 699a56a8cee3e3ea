package org.emdrill.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Runs disk and database work off the JavaFX thread and hands the result back on it. View models use
 * this instead of touching the executor, so the rule "never block the FX thread" lives in one place.
 */
public final class BackgroundRunner {

    private static final System.Logger LOG = System.getLogger(BackgroundRunner.class.getName());

    private final Executor executor;

    public BackgroundRunner(Executor executor) {
        this.executor = Objects.requireNonNull(executor);
    }

    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            LOG.log(System.Logger.Level.ERROR, "background work failed", t);
            onFailure.accept(t);
        });
        try {
            executor.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // The app is closing and its worker has stopped: say so to the caller rather than throw on the FX thread.
            LOG.log(System.Logger.Level.WARNING, "background work refused: the worker has stopped");
            onFailure.accept(e);
        }
    }

    /** Work whose result nobody waits for; a failure is logged. */
    public void fireAndForget(Callable<?> work) {
        run(work, r -> { }, t -> { });
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
