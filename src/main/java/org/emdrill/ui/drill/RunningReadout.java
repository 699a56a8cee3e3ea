package org.emdrill.ui.drill;

import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.emdrill.practice.TimerSnapshot;
import org.emdrill.practice.drill.DrillProgress;
import org.emdrill.practice.drill.DrillStep;
import org.emdrill.ui.common.Formats;

/**
 * What the running interview shows, read from {@link DrillProgress} on every frame: where the candidate
 * is, the prompt, and the clock of the step. Words are kept calm on purpose: the over-target warning is
 * a nudge, not an alarm.
 */
public final class RunningReadout {

    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bankTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stepTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper followUpPrompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timerText = new ReadOnlyStringWrapper("0:00");
    private final ReadOnlyStringWrapper timerCaption = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper targetProgress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper overTarget = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper inPrep = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper timed = new ReadOnlyBooleanWrapper();

    void update(DrillProgress p) {
        progressText.set(p.questionNumber() == 0 ? "" : p.label());
        totalText.set("Total " + Formats.clock(p.elapsed()));
        paused.set(p.paused());
        timed.set(p.step().isTimed());
        if (p.question() != null) {
            prompt.set(p.question().question().prompt());
            bankTitle.set(p.question().bank().title());
        }
        followUpPrompt.set(p.followUpPrompt() == null ? "" : p.followUpPrompt());
        stepTitle.set(switch (p.step()) {
            case PREP -> "Thinking time";
            case ANSWER -> "Your answer";
            case FOLLOW_UP -> "Follow-up " + p.followUpNumber() + " of " + p.followUpCount();
            case SCORE -> "Score this answer";
            default -> "";
        });
        TimerSnapshot t = p.timer();
        if (t == null || !p.step().isTimed()) {
            inPrep.set(false);
            overTarget.set(false);
            targetProgress.set(0);
            timerCaption.set("");
            return;
        }
        boolean prep = p.step() == DrillStep.PREP;
        inPrep.set(prep);
        overTarget.set(!prep && t.overTarget());
        targetProgress.set(prep ? 1.0 - fraction(t.prepRemaining(), t.prepElapsed().plus(t.prepRemaining()))
                : t.progressToTarget());
        String caption;
        if (prep) {
            timerText.set(Formats.clock(t.prepRemaining().plusMillis(999)));
            caption = "Gather your thoughts · the answer starts at 0:00";
        } else {
            timerText.set(Formats.clock(t.answerElapsed()));
            caption = t.overTarget()
                    ? "Past the " + Formats.clock(t.target()) + " target · bring it to a close"
                    : "Target " + Formats.clock(t.target());
        }
        timerCaption.set(p.paused() ? "Paused · " + caption : caption);
    }

    private static double fraction(Duration part, Duration whole) {
        return whole.isZero() ? 0 : Math.min(1.0, (double) part.toMillis() / whole.toMillis());
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bankTitleProperty() {
        return bankTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepTitleProperty() {
        return stepTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty followUpPromptProperty() {
        return followUpPrompt.getReadOnlyProperty();
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

    /** A question's clock runs in this step (prep, answer or follow-up). */
    public ReadOnlyBooleanProperty timedProperty() {
        return timed.getReadOnlyProperty();
    }
}
