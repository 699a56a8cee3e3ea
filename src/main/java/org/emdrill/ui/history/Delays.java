package org.emdrill.ui.history;

import java.time.Duration;

/**
 * Runs something on the FX thread after a pause: the debounce of typed filters and the timeout of the
 * undo bar. An interface so tests decide when the pause is over instead of sleeping.
 */
@FunctionalInterface
interface Delays {

    /**
     * Runs {@code action} on the FX thread once {@code delay} has passed.
     *
     * @return cancels the action if it has not run yet
     */
    Runnable after(Duration delay, Runnable action);
}
