package org.emdrill.ui.common;

/**
 * One piece of work handed to the {@link BackgroundRunner}, as its caller holds it: cancelling it means
 * its result, or its failure, is never delivered. A task not yet started does not start. A running
 * one is not interrupted (an interrupt closes the file channel or database statement it is using);
 * it finishes and its result is dropped.
 * <p>
 * Cancel on the FX thread: results are delivered there too, so once {@link #cancel()} returns no
 * callback of this task runs any more.
 */
public final class BackgroundTask {

    /** A task that is already over: what a slot holds before its first task. */
    static final BackgroundTask NONE = new BackgroundTask();

    static {
        NONE.cancel();
    }

    private volatile boolean cancelled;
    private volatile boolean done;

    BackgroundTask() {
    }

    /** Drops the result; a no-op when the task is over. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** True once the result or failure was delivered, or the task was cancelled. */
    public boolean isOver() {
        return done || cancelled;
    }

    void finished() {
        done = true;
    }
}
