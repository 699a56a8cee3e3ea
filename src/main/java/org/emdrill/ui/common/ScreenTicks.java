package org.emdrill.ui.common;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * The beat of what changes on screen by itself (an answer's clock, a level meter): one daemon thread
 * that hands each running tick to the FX thread at its period. It replaces JavaFX animations on purpose:
 * any running {@code Timeline} or {@code AnimationTimer} makes the toolkit pulse sixty times a second,
 * each pulse a CSS and layout pass over the whole window, while a tick here wakes the FX thread only at
 * its own rate and leaves the screen alone when the values it sets have not changed. A tick whose last
 * hand-over has not run yet is not handed over again, so a busy FX thread never gets a backlog. Every tick
 * beats on whole multiples of its period from one origin, so ticks whose periods divide each other (the
 * clock's 100 ms, the meter's 50 ms, the caret's 500 ms) share their wake-ups instead of each waking the
 * thread at its own moment.
 */
public final class ScreenTicks {

    /** Runs a task every period until cancelled; the real one is a scheduled executor. */
    public interface Scheduler {
        Runnable every(Duration period, Runnable task);
    }

    private static final ScreenTicks SHARED = new ScreenTicks(systemScheduler(), Platform::runLater);

    private final Scheduler scheduler;
    private final Executor fx;

    /** @param fx hands work to the FX thread ({@code Platform::runLater} in the app) */
    public ScreenTicks(Scheduler scheduler, Executor fx) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    /** The app's ticks, on one thread started the first time a tick runs. */
    public static ScreenTicks shared() {
        return SHARED;
    }

    /** A tick that runs {@code onFx} on the FX thread every {@code period} while started; stopped at first. */
    public Tick every(Duration period, Runnable onFx) {
        return new Tick(period, onFx);
    }

    /** One running beat. Started and stopped on the FX thread; after {@link #stop()} it runs no more. */
    public final class Tick {
        private final Duration period;
        private final Runnable onFx;
        private final AtomicBoolean handedOver = new AtomicBoolean();
        private Runnable cancel;

        private Tick(Duration period, Runnable onFx) {
            this.period = period;
            this.onFx = onFx;
        }

        public void start() {
            if (cancel == null) {
                cancel = scheduler.every(period, this::beat);
            }
        }

        public void stop() {
            if (cancel != null) {
                cancel.run();
                cancel = null;
            }
        }

        public boolean isRunning() {
            return cancel != null;
        }

        /** On the ticking thread. */
        private void beat() {
            if (handedOver.compareAndSet(false, true)) {
                fx.execute(this::run);
            }
        }

        /** On the FX thread: a beat handed over just before a stop does nothing. */
        private void run() {
            handedOver.set(false);
            if (cancel != null) {
                onFx.run();
            }
        }
    }

    private static Scheduler systemScheduler() {
        ScheduledExecutorService[] executor = new ScheduledExecutorService[1];
        long origin = System.nanoTime();
        return (period, task) -> {
            synchronized (executor) {
                if (executor[0] == null) {
                    ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, r -> {
                        Thread t = new Thread(r, "screen-ticks");
                        t.setDaemon(true);
                        return t;
                    });
                    e.setRemoveOnCancelPolicy(true);
                    executor[0] = e;
                }
            }
            long nanos = period.toNanos();
            long first = nanos - Math.floorMod(System.nanoTime() - origin, nanos); // the next beat on the grid
            ScheduledFuture<?> f = executor[0].scheduleAtFixedRate(task, first, nanos, TimeUnit.NANOSECONDS);
            return () -> f.cancel(false);
        };
    }
}
