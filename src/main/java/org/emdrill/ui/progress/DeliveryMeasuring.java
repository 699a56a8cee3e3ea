package org.emdrill.ui.progress;

import java.util.Objects;
import org.emdrill.store.recording.PendingFigures;
import org.emdrill.ui.common.BackgroundRunner;

/**
 * Keeps the recordings that have no delivery figures yet being measured, a few per round on a thread of
 * their own, so the Delivery card comes to hold them without History opening each. A round that stored
 * figures hands over to the card, which reads its trend again and so asks for the next round; one that
 * stored none but marked files it could not read goes straight on; one that found nothing ends it, until
 * the next time the trend is read. Every round either measures or marks each recording it picks, so the
 * rounds come to an end. Used on the FX thread.
 */
public final class DeliveryMeasuring {

    /** Recordings measured per round: a few seconds of work on a slow machine at most. */
    static final int PER_ROUND = 8;
    private static final System.Logger LOG = System.getLogger(DeliveryMeasuring.class.getName());

    /** One round of measuring, on the background thread. */
    public interface Round {
        PendingFigures.Outcome measure(int max) throws Exception;
    }

    private final BackgroundRunner lowPriority;
    private final Round round;
    private final int perRound;
    private Runnable onNewFigures = () -> { };
    private boolean running;
    private boolean askedAgain;

    /** @param lowPriority runs the rounds, on a thread kept apart from the one the screens' queries queue on */
    public DeliveryMeasuring(BackgroundRunner lowPriority, PendingFigures pending) {
        this(lowPriority, pending::measureSome, PER_ROUND);
    }

    DeliveryMeasuring(BackgroundRunner lowPriority, Round round, int perRound) {
        this.lowPriority = Objects.requireNonNull(lowPriority, "lowPriority");
        this.round = Objects.requireNonNull(round, "round");
        this.perRound = perRound;
    }

    /** Who hears that figures were stored: the card's model, which reads its trend again. */
    void onNewFigures(Runnable then) {
        onNewFigures = Objects.requireNonNull(then, "then");
    }

    /** Starts a round unless one runs, in which case another follows it. */
    void nudge() {
        if (running) {
            askedAgain = true;
            return;
        }
        running = true;
        askedAgain = false;
        lowPriority.run(() -> round.measure(perRound), done -> {
            running = false;
            if (done.measured() > 0) {
                onNewFigures.run();
            } else if (askedAgain || (done.more() && done.unmeasurable() > 0)) {
                nudge();
            }
        }, error -> {
            running = false;
            LOG.log(System.Logger.Level.WARNING, "recordings not measured: " + error.getMessage());
        });
    }
}
