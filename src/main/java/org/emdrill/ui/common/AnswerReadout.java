package org.emdrill.ui.common;

import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.emdrill.practice.AnswerPhase;
import org.emdrill.practice.AnswerReading;
import org.emdrill.practice.TimerSnapshot;

/**
 * The clock of one answer as both screens show it, read from {@link AnswerReading} on every frame.
 * Words are kept calm on purpose: going over the target is a nudge, not an alarm.
 */
public final class AnswerReadout {

    private final ReadOnlyStringWrapper timerText = new ReadOnlyStringWrapper("0:00");
    private final ReadOnlyStringWrapper timerCaption = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper targetProgress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper overTarget = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper inPrep = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper timed = new ReadOnlyBooleanWrapper();

    /**
     * @param r    the answer's reading, null when no question is on screen
     * @param prep the prep time set for this answer, for the caption before it starts
     */
    public void update(AnswerReading r, Duration prep) {
        if (r == null) {
            timerText.set("0:00");
            timerCaption.set("");
            targetProgress.set(0);
            overTarget.set(false);
            inPrep.set(false);
            paused.set(false);
            timed.set(false);
            return;
        }
        paused.set(r.paused());
        timed.set(r.phase().isTimed());
        TimerSnapshot t = r.timer();
        switch (r.phase()) {
            case READY -> {
                set("0:00", prep.isZero() ? "Ready · no preparation: the clock starts with your answer"
                        : "Ready · " + prep.toSeconds() + " s to prepare, then answer", 0, false, false);
            }
            case PREP -> {
                Duration whole = t.prepElapsed().plus(t.prepRemaining());
                double done = shownShare(t.prepElapsed(), whole);
                set(Formats.clock(t.prepRemaining().plusMillis(999)),
                        "Gather your thoughts · the answer starts at 0:00", done, false, true);
            }
            case ANSWER, FOLLOW_UP -> {
                String caption = t.overTarget()
                        ? "Past the " + Formats.clock(t.target()) + " target · bring it to a close"
                        : (r.phase() == AnswerPhase.ANSWER ? "Answering" : "Follow-up") + " · target "
                                + Formats.clock(t.target());
                set(Formats.clock(t.answerElapsed()), caption, shownShare(t.answerElapsed(), t.target()),
                        t.overTarget(), false);
            }
            case SCORING, SAVED -> {
                boolean over = r.answerDuration().compareTo(r.target()) >= 0;
                set(Formats.clock(r.answerDuration()), (r.stoppedAtHardLimit() ? "Stopped at the hard limit"
                        : "Answer finished") + " · target " + Formats.clock(r.target()),
                        Math.min(1.0, (double) r.answerDuration().toMillis() / Math.max(1, r.target().toMillis())),
                        over, false);
            }
        }
        if (r.paused()) {
            timerCaption.set("Paused · " + timerCaption.get());
        }
    }

    /**
     * The part of {@code whole} done, counted in the whole seconds the clock shows: the bar then moves
     * with the clock, once a second, rather than repainting at every tick for a change nobody can see.
     */
    static double shownShare(Duration done, Duration whole) {
        return whole.isZero() ? 0 : Math.min(1.0, (double) done.toSeconds() / (whole.toMillis() / 1000.0));
    }

    private void set(String text, String caption, double progress, boolean over, boolean prep) {
        timerText.set(text);
        timerCaption.set(caption);
        targetProgress.set(progress);
        overTarget.set(over);
        inPrep.set(prep);
    }

    public ReadOnlyStringProperty timerTextProperty() {
        return timerText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timerCaptionProperty() {
        return timerCaption.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty targetProgressProperty() {
        return targetProgress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overTargetProperty() {
        return overTarget.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty inPrepProperty() {
        return inPrep.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    /** A clock runs (prep, answer or follow-up), possibly paused. */
    public ReadOnlyBooleanProperty timedProperty() {
        return timed.getReadOnlyProperty();
    }
}
