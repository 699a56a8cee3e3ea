package org.emdrill.app;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A thread for work nobody waits for (measuring old recordings), kept apart from the app's worker so it
 * never queues in front of what a screen asked for. It runs at the lowest priority, is a daemon (exit
 * does not wait for it), and ends when idle, so an app with nothing to measure keeps no thread for it.
 */
final class LowPriority {

    private LowPriority() {
    }

    static Executor executor(String name) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        return pool;
    }
}
