package org.emdrill.ui.practice;

import java.time.Duration;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emdrill.practice.QuestionAnswer;
import org.emdrill.ui.common.Formats;

/** The question on the Practice screen as it reads: its bank, prompt, place in the run, target, follow-ups. */
public final class ShownQuestion {

    private final ReadOnlyStringWrapper bankTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper targetText = new ReadOnlyStringWrapper("");
    private final ObservableList<String> followUps = FXCollections.observableArrayList();

    /** @param progress "Due today · Question 3 of 12", or empty */
    void show(QuestionAnswer answer, String progress) {
        Duration target = answer.target();
        bankTitle.set(answer.queued().bank().title());
        prompt.set(answer.question().prompt());
        progressText.set(progress);
        targetText.set("Target " + Formats.clock(target) + " · stops at " + Formats.clock(target.multipliedBy(2)));
        followUps.setAll(answer.question().followUps());
    }

    public ReadOnlyStringProperty bankTitleProperty() {
        return bankTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty targetTextProperty() {
        return targetText.getReadOnlyProperty();
    }

    /** Shown only once the answer is over, as in a real interview. */
    public ObservableList<String> followUps() {
        return followUps;
    }
}
