package org.emdrill.ui.practice;

import org.emdrill.practice.AnswerPhase;

/** What the Practice screen shows. */
public enum PracticeStage {
    /** Choosing banks, order and mode. */
    SETUP,
    /** A question is shown; the timer has not started. */
    READY,
    /** Prep or answer running. */
    RUNNING,
    /** Answer over: follow-ups and the scoring card. */
    SCORING,
    /** Stored; ready for the next question. */
    SAVED;

    /** True from the answer's end on (scoring, saved): the follow-ups are shown only then, as in a real interview. */
    static javafx.beans.binding.BooleanBinding answerOver(javafx.beans.value.ObservableValue<PracticeStage> stage) {
        return javafx.beans.binding.Bindings.createBooleanBinding(
                () -> stage.getValue() == SCORING || stage.getValue() == SAVED, stage);
    }

    /** The page that shows an answer in this phase. */
    static PracticeStage of(AnswerPhase phase) {
        return switch (phase) {
            case READY -> READY;
            case PREP, ANSWER, FOLLOW_UP -> RUNNING;
            case SCORING -> SCORING;
            case SAVED -> SAVED;
        };
    }
}
