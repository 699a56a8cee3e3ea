package org.emdrill.ui.practice;

import java.time.Duration;
import org.emdrill.practice.AnswerReading;
import org.emdrill.practice.QuestionAnswer;
import org.emdrill.practice.Ticker;
import org.emdrill.ui.common.AnswerReadout;
import org.emdrill.ui.common.ScreenTicks;

/**
 * The Practice answer's clock on screen: a tick ten times a second while the answer runs, the read-out
 * each tick updates, and the draft rewritten every few seconds so that its time stays fresh while the
 * clock runs and nobody types. The ticks are {@link ScreenTicks}, not an animation, so a running answer
 * does not keep the whole window pulsing.
 */
final class PracticeClock {

    /** While the clock runs with no typing, the draft is still rewritten this often. */
    static final Duration PERIODIC_DRAFT = Duration.ofSeconds(5);

    private final AnswerReadout readout = new AnswerReadout();
    private final Ticker ticker;
    private final Runnable writeDraft;
    private final ScreenTicks.Tick ticks;
    private long lastDraftNanos;

    /** @param onTick what each tick does (reads the clock through {@link #read}) */
    PracticeClock(Ticker ticker, Runnable onTick, Runnable writeDraft) {
        this.ticker = ticker;
        this.writeDraft = writeDraft;
        ticks = ScreenTicks.shared().every(Duration.ofMillis(100), onTick);
    }

    void play() {
        ticks.start();
    }

    void stop() {
        ticks.stop();
    }

    AnswerReadout readout() {
        return readout;
    }

    /** Reads the answer's clock into the read-out; null (and an empty read-out) when there is no answer. */
    AnswerReading read(QuestionAnswer answer, Duration prep) {
        if (answer == null) {
            readout.update(null, Duration.ZERO);
            return null;
        }
        AnswerReading r = answer.reading();
        readout.update(r, prep);
        if (r.phase().isTimed() && !r.paused() && ticker.nanos() - lastDraftNanos > PERIODIC_DRAFT.toNanos()) {
            lastDraftNanos = ticker.nanos();
            writeDraft.run();
        }
        return r;
    }
}
