package org.emdrill.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one background mechanism: results in order, failures reported, cancelled work never delivered. */
class BackgroundRunnerTest {

    private final List<String> seen = new ArrayList<>();

    @Test
    void sameThreadRunsTheWorkAndItsCallbackAtOnce() {
        BackgroundTask task = BackgroundRunner.sameThread().run(() -> "page 1", seen::add, t -> seen.add("failed"));

        assertEquals(List.of("page 1"), seen);
        assertTrue(task.isOver());
        assertFalse(task.isCancelled());
    }

    @Test
    void aFailureReachesTheCallerWithItsCause() {
        BackgroundRunner.sameThread().run(() -> {
            throw new IOException("disk full");
        }, r -> seen.add("ok"), t -> seen.add(t.getMessage()));

        assertEquals(List.of("disk full"), seen);
    }

    @Test
    void aNewerLoadCancelsTheOlderOneSoItsLateAnswerIsDropped() {
        List<Runnable> worker = new ArrayList<>();
        List<Runnable> fxQueue = new ArrayList<>();
        BackgroundRunner runner = BackgroundRunner.queued(worker::add, fxQueue::add);
        LatestTask latest = new LatestTask();

        latest.replace(() -> runner.run(() -> "old filter", seen::add, t -> seen.add("failed")));
        worker.get(0).run(); // the old query finished; its answer waits for the FX thread
        latest.replace(() -> runner.run(() -> "new filter", seen::add, t -> seen.add("failed")));
        assertTrue(latest.isRunning());
        worker.get(1).run();
        fxQueue.forEach(Runnable::run);

        assertEquals(List.of("new filter"), seen, "the old answer arrived first but is not shown");
        assertFalse(latest.isRunning());
    }

    @Test
    void cancelledWorkThatHasNotStartedNeverRuns() {
        List<Runnable> worker = new ArrayList<>();
        BackgroundRunner runner = BackgroundRunner.queued(worker::add, Runnable::run);
        List<String> ran = new ArrayList<>();

        BackgroundTask task = runner.run(() -> ran.add("query"), r -> seen.add("ok"), t -> seen.add("failed"));
        task.cancel();
        worker.forEach(Runnable::run);

        assertEquals(List.of(), ran, "the work itself was skipped");
        assertEquals(List.of(), seen);
        assertTrue(task.isOver());
    }

    @Test
    void aCancelledFailureIsNotReportedEither() {
        List<Runnable> fxQueue = new ArrayList<>();
        BackgroundRunner runner = BackgroundRunner.queued(Runnable::run, fxQueue::add);

        BackgroundTask task = runner.run(() -> {
            throw new IOException("gone");
        }, r -> seen.add("ok"), t -> seen.add("failed"));
        task.cancel();
        fxQueue.forEach(Runnable::run);

        assertEquals(List.of(), seen);
    }

    @Test
    void aStoppedWorkerRefusesWorkAndTheCallerHearsIt() {
        BackgroundRunner runner = new BackgroundRunner(work -> {
            throw new java.util.concurrent.RejectedExecutionException("stopped");
        });

        BackgroundTask task = runner.run(() -> "never", seen::add, t -> seen.add("refused"));

        assertEquals(List.of("refused"), seen);
        assertTrue(task.isOver());
    }
}
