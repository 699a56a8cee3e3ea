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
