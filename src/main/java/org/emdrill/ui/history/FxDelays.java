package org.emdrill.ui.history;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** {@link Delays} on the JavaFX animation clock; call from the FX thread. */
final class FxDelays implements Delays {

    @Override
    public Runnable after(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
