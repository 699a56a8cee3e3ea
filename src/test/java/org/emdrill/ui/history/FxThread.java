package org.emdrill.ui.history;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Runs test code on the FX thread, where view models live, starting the toolkit once. */
final class FxThread {

    private FxThread() {
    }

    static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static <T> T call(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    static void run(ThrowingRunnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
