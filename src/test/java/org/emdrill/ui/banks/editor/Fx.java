package org.emdrill.ui.banks.editor;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs view-model code on the FX thread. With a same-thread executor the background work runs at once
 * and its callbacks are queued on the FX thread, so {@link #run} lets the queue drain before returning.
 */
final class Fx {

    private Fx() {
    }

    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static <T> T call(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    static void run(Runnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(8);
    }
}
