package org.emdrill.ui.common;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Debounced saving: once changes pause for a second, and never later than 1.5 s after the first unsaved
 * change however long typing goes on. {@link #flushNow()} saves at once (step changes, focus loss).
 */
public final class Autosave {

    private final PauseTransition quiet = new PauseTransition(Duration.seconds(1));
    private final PauseTransition deadline = new PauseTransition(Duration.millis(1500));
    private final Runnable save;

    public Autosave(Runnable save) {
        this.save = save;
        quiet.setOnFinished(e -> flushNow());
        deadline.setOnFinished(e -> flushNow());
    }

    public void changed() {
        quiet.playFromStart();
        if (deadline.getStatus() != Animation.Status.RUNNING) {
            deadline.playFromStart();
        }
    }

    public void flushNow() {
        cancel();
        save.run();
    }

    public void cancel() {
        quiet.stop();
        deadline.stop();
    }
}
