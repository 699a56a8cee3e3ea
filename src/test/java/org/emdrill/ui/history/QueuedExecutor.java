package org.emdrill.ui.history;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Holds background work until the test runs it, in the order the test chooses. The test thread plays
 * the worker; results come back on the FX thread as in the app, and these methods wait for them.
 * Call from the test thread, never from the FX thread.
 */
final class QueuedExecutor implements Executor {

    private final List<Runnable> queued = new ArrayList<>();

    @Override
    public synchronized void execute(Runnable work) {
        queued.add(work);
    }

    /** Runs everything queued, including work the results queue in turn, until nothing is left. */
    void runAll() {
        WaitForAsyncUtils.waitForFxEvents();
        List<Runnable> batch;
        while (!(batch = takeAll()).isEmpty()) {
            batch.forEach(Runnable::run);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Runs the work queued so far newest first (a slow early request answers last), then the rest. */
    void runNewestFirst() {
        WaitForAsyncUtils.waitForFxEvents();
        List<Runnable> batch = takeAll();
        for (int i = batch.size() - 1; i >= 0; i--) {
            batch.get(i).run();
            WaitForAsyncUtils.waitForFxEvents();
        }
        runAll();
    }

    private synchronized List<Runnable> takeAll() {
        List<Runnable> batch = new ArrayList<>(queued);
        queued.clear();
        return batch;
    }
}
