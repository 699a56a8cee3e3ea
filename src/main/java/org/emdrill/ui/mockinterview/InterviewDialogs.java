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

    /** "Finish without scoring?" when answers are still unscored at the end: true when the user confirmed. */
    boolean confirmFinishUnscored(int unscored);

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
            public boolean confirmFinishUnscored(int unscored) {
                String answers = unscored == 1 ? "1 answer is" : unscored + " answers are";
                return dialogs.confirm(new DialogService.Confirmation("Finish scoring", "Finish without scoring?",
                        answers + " not scored yet. They stay in your history without scores, so the summary and"
                                + " Progress cannot show how they went.", "Finish anyway", "Keep scoring", true));
            }

            @Override
            public Optional<String> askPresetName(String suggestion) {
                return dialogs.askText("Save as preset", "Save this set-up as a preset", "Name", suggestion)
                        .map(String::trim).filter(s -> !s.isEmpty());
            }
        };
    }
}
