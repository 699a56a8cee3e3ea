package org.emdrill.ui.common;

import java.util.function.Supplier;

/**
 * Holds the one task whose answer still matters, for loads where a newer request makes the older one
 * pointless (the history list after the filter changed, the attempt shown after the selection moved):
 * starting a new task cancels the previous one, so a slow old answer can never overwrite a newer one.
 * Used on the FX thread.
 */
public final class LatestTask {

    private BackgroundTask current = BackgroundTask.NONE;

    /** Cancels the running task, if any, and keeps the one {@code start} starts. */
    public void replace(Supplier<BackgroundTask> start) {
        current.cancel();
        current = start.get();
    }

    /** Cancels the running task, if any: its answer is no longer wanted. */
    public void cancel() {
        current.cancel();
    }

    /** True while a task started here has neither delivered nor been cancelled. */
    public boolean isRunning() {
        return !current.isOver();
    }
}
