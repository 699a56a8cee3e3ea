package org.emdrill.app;

import java.util.ArrayList;
import java.util.List;

/**
 * How long each step of start-up took, for one line in the log ("start-up steps: database 412 ms, banks
 * 960 ms, …"). The time between the window appearing and the screens being in is the sum of these steps;
 * this line says which one to work on.
 */
final class StartupSteps {

    private final List<String> done = new ArrayList<>();
    private long stepStart = System.nanoTime();

    /** Ends the step that began at the last call (or at construction), under {@code name}. */
    synchronized void finished(String name) {
        long now = System.nanoTime();
        done.add(name + " " + (now - stepStart) / 1_000_000 + " ms");
        stepStart = now;
    }

    /** Records a step timed elsewhere (one that ran on another thread beside the others). */
    synchronized void took(String name, long millis) {
        done.add(name + " " + millis + " ms");
    }

    synchronized String summary() {
        return String.join(", ", done);
    }
}
