package org.emdrill.ui.banks;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs view-model code on the FX thread. With a {@link org.emdrill.ui.common.BackgroundRunner} over a
 * same-thread executor the work itself runs at once; its callbacks are queued on the FX thread (a Task
 * always hands results over with Platform.runLater), so {@link #run} lets the queue drain before returning.
 */
final class OnFx {

    private OnFx() {
    }

    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static <T> T call(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    /** Runs {@code work} and waits until the chain of callbacks it started (a few steps at most) is done. */
    static void run(Runnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(12);
    }
}
