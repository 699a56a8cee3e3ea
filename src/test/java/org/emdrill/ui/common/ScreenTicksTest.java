package org.emdrill.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/** The screen's beat without threads: a scheduler the test fires by hand and an FX queue it drains. */
class ScreenTicksTest {

    /** Remembers what runs at which period; {@link #beat} is one period passing. */
    private static final class HandScheduler implements ScreenTicks.Scheduler {
        final List<Duration> periods = new ArrayList<>();
        final List<Runnable> running = new ArrayList<>();

        @Override
        public Runnable every(Duration period, Runnable task) {
            periods.add(period);
            running.add(task);
            return () -> running.remove(task);
        }

        void beat() {
            List.copyOf(running).forEach(Runnable::run);
        }
    }

    private final HandScheduler scheduler = new HandScheduler();
    private final Queue<Runnable> fx = new ArrayDeque<>();
    private final ScreenTicks ticks = new ScreenTicks(scheduler, fx::add);
    private int ran;

    private void drainFx() {
        while (!fx.isEmpty()) {
            fx.poll().run();
        }
    }

    @Test
    void aStartedTickRunsOnTheFxThreadOncePerBeatAtItsPeriod() {
        ScreenTicks.Tick t = ticks.every(Duration.ofMillis(100), () -> ran++);
        scheduler.beat();
        assertEquals(0, fx.size(), "nothing runs before the tick is started");

        t.start();
        assertEquals(List.of(Duration.ofMillis(100)), scheduler.periods);
        assertTrue(t.isRunning());
        scheduler.beat();
        assertEquals(0, ran, "the beat is handed to the FX thread, not run on the ticking thread");
        drainFx();
        assertEquals(1, ran);
        scheduler.beat();
        drainFx();
        assertEquals(2, ran);
    }

    @Test
    void aBusyFxThreadGetsOneHandOverNotABacklog() {
        ScreenTicks.Tick t = ticks.every(Duration.ofMillis(50), () -> ran++);
        t.start();
        scheduler.beat();
        scheduler.beat();
        scheduler.beat();
        assertEquals(1, fx.size(), "beats while the last hand-over waits are dropped");
        drainFx();
        assertEquals(1, ran);
        scheduler.beat();
        assertEquals(1, fx.size(), "once it ran, the next beat is handed over again");
    }

    @Test
    void aStoppedTickRunsNoMoreEvenWhenABeatWasAlreadyHandedOver() {
        ScreenTicks.Tick t = ticks.every(Duration.ofMillis(100), () -> ran++);
        t.start();
        scheduler.beat();
        t.stop();
        drainFx();
        assertEquals(0, ran, "the beat handed over before the stop is dropped");
        assertFalse(t.isRunning());
        assertTrue(scheduler.running.isEmpty(), "the scheduler no longer runs it");

        t.start();
        t.start();
        assertEquals(1, scheduler.running.size(), "starting twice schedules once");
        scheduler.beat();
        drainFx();
        assertEquals(1, ran, "a tick can be started again");
    }

    @Test
    void ticksAreIndependent() {
        int[] other = new int[1];
        ScreenTicks.Tick clock = ticks.every(Duration.ofMillis(100), () -> ran++);
        ScreenTicks.Tick meter = ticks.every(Duration.ofMillis(50), () -> other[0]++);
        clock.start();
        meter.start();
        scheduler.beat();
        drainFx();
        meter.stop();
        scheduler.beat();
        drainFx();
        assertEquals(2, ran);
        assertEquals(1, other[0]);
    }
}
