package org.emdrill.ui.mockinterview;

import java.util.Optional;
import org.emdrill.ui.common.DialogService;

/** The questions the Mock interview screen asks in a dialog; an interface so tests can answer them. */
public interface InterviewDialogs {

    /** "Abandon this interview?": true when the user confirmed. */
    boolean confirmAbandon(String explanation);

    /** The name to save the current set-up under; empty when cancelled. */
    Optional<String> askPresetName(String suggestion);

    /** "Skip this question?" when something was typed: true when the user confirmed. */
    boolean confirmSkip();

    /** The questions in the app's own themed dialogs; "Keep going" is the default, so Enter is safe. */
    static InterviewDialogs through(DialogService dialogs) {
        return new InterviewDialogs() {
            @Override
            public boolean confirmAbandon(String explanation) {
                return dialogs.confirm(new DialogService.Confirmation("Abandon interview", "Abandon this interview?",
                        explanation, "Abandon interview", "Keep going", true));
            }

            @Override
            public boolean confirmSkip() {
                return dialogs.confirm(new DialogService.Confirmation("Skip question", "Skip this question?",
                        "What you typed for it is not kept: a skipped question is not saved.", "Skip question",
                        "Keep answering", true));
            }

            @Override
            public Optional<String> askPresetName(String suggestion) {
                return dialogs.askText("Save as preset", "Save this set-up as a preset", "Name", suggestion)
                        .map(String::trim).filter(s -> !s.isEmpty());
            }
        };
    }
}
