package org.emdrill.store;

import java.time.Duration;
import java.util.Objects;

/**
 * A timed answer to one follow-up probe after the main answer, as kept in {@code attempt_followups}.
 *
 * @param position 0-based order in which the probes were asked
 */
public record StoredFollowUp(int position, String prompt, String answerText, Duration answerDuration) {

    public StoredFollowUp {
        Objects.requireNonNull(prompt, "prompt");
        answerText = answerText == null ? "" : answerText;
        answerDuration = answerDuration == null ? Duration.ZERO : answerDuration;
    }
}
