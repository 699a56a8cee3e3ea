package org.emdrill.ui.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs view-model code on the FX thread, then lets the FX thread finish what it posted: a background
 * task run at once on a same-thread executor still reports its result through the FX event queue.
 */
public final class OnFx {

    private OnFx() {
    }

    public static <T> T fx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    public static void onFx(ThrowingRunnable work) throws Exception {
        fx(() -> {
            work.run();
            return null;
        });
    }

    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
