package org.emdrill.ui.mockinterview;

import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.emdrill.practice.AnswerReading;
import org.emdrill.ui.common.AnswerCapture;
import org.emdrill.ui.common.AnswerReadout;
import org.emdrill.practice.mockinterview.InterviewProgress;
import org.emdrill.ui.common.Formats;

/**
 * What the running interview shows, read from {@link InterviewProgress} on every frame: where the candidate
 * is, the prompt, the follow-up being asked, and the clock of the answer (shared with Practice).
 */
public final class RunningReadout {

    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bankTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stepTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper followUpPrompt = new ReadOnlyStringWrapper("");
    private final AnswerReadout clock = new AnswerReadout();
    private final AnswerCapture recording;

    /** @param recording the spoken answer's recording, shown with the clock */
    RunningReadout(AnswerCapture recording) {
        this.recording = recording;
    }

    /** The recording of the answer being given: the indicator under the clock reads it. */
    public AnswerCapture recording() {
        return recording;
    }

    /**
     * @param answer the current question's answer, empty outside a question
     * @param prep   the interview's thinking time
     */
    void update(InterviewProgress p, Optional<AnswerReading> answer, Duration prep) {
        progressText.set(p.questionNumber() == 0 ? "" : p.label());
        totalText.set("Total " + Formats.clock(p.elapsed()));
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
        clock.update(answer.orElse(null), prep);
    }

    /** The clock of the answer being given: the same read-out as on the Practice screen. */
    public AnswerReadout clock() {
        return clock;
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
}
