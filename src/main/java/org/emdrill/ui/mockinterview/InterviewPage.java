package org.emdrill.ui.mockinterview;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;

/** Which page of the Mock interview screen is showing. */
public enum InterviewPage {
    /** Choosing the interview; also while it is being prepared in the background. */
    SETUP,
    /** A question is being prepared or answered. */
    RUNNING,
    /** Scoring the answer just given (scoring after each question). */
    SCORING,
    /** The questions are over; scoring what was not scored yet. */
    END_SCORING,
    /** The review of a finished interview, or of a past one. */
    SUMMARY;

    /**
     * What the window title adds on this screen: "question 2 of 5" while the interview runs, "scoring the
     * answers" at the end, nothing on the set-up and the summary.
     *
     * @param progress "Question 2 of 5", from the running read-out
     */
    static StringBinding titleDetail(ObservableObjectValue<InterviewPage> page, ObservableStringValue progress) {
        return Bindings.createStringBinding(() -> {
            String where = progress.get();
            return switch (page.get()) {
                case RUNNING, SCORING -> where.isEmpty() ? "" : Character.toLowerCase(where.charAt(0)) + where.substring(1);
                case END_SCORING -> "scoring the answers";
                default -> "";
            };
        }, page, progress);
    }
}
