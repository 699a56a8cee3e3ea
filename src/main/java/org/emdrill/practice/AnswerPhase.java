package org.emdrill.practice;

/**
 * Where the answer to one question is, in Practice and in a mock interview alike: shown, thought about,
 * answered, probed with follow-ups, scored, stored.
 */
public enum AnswerPhase {
    /** The question is shown; no clock runs yet. */
    READY,
    /** Thinking time before the answer. */
    PREP,
    /** The main answer is running. */
    ANSWER,
    /** A timed follow-up probe is being answered (mock interviews). */
    FOLLOW_UP,
    /** The answering is over; the candidate scores it. Untimed follow-ups are shown from here on. */
    SCORING,
    /** Stored as an attempt. */
    SAVED;

    /** Whether a clock runs in this phase (possibly paused). */
    public boolean isTimed() {
        return this == PREP || this == ANSWER || this == FOLLOW_UP;
    }

    /** Whether the answering has ended: scoring or stored. */
    public boolean isAnswered() {
        return this == SCORING || this == SAVED;
    }
}
