package org.emdrill.ui.history;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@link Delays} whose pauses end when the test says so. Use on the FX thread (through FxThread). */
final class ManualDelays implements Delays {

    private final List<Pending> pending = new ArrayList<>();

    @Override
    public synchronized Runnable after(Duration delay, Runnable action) {
        Pending p = new Pending(delay, action);
        pending.add(p);
        return () -> {
            synchronized (this) {
                pending.remove(p);
            }
        };
    }

    /** Ends every pause of this length that is still waiting, running its action. */
    void elapse(Duration delay) {
        List<Pending> due;
        synchronized (this) {
            due = pending.stream().filter(p -> p.delay.equals(delay)).toList();
            pending.removeAll(due);
        }
        due.forEach(p -> p.action.run());
    }

    synchronized boolean waiting(Duration delay) {
        return pending.stream().anyMatch(p -> p.delay.equals(delay));
    }

    private record Pending(Duration delay, Runnable action) {
    }
}
