package org.emdrill.practice;

import java.time.Duration;
import java.util.Objects;

/**
 * The answer to one follow-up probe.
 *
 * @param position 0 for the first follow-up of the question, 1 for the second
 */
public record FollowUpAnswer(int position, String prompt, String answerText, Duration answerDuration) {
    public FollowUpAnswer {
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative");
        }
        Objects.requireNonNull(prompt, "prompt");
        answerText = answerText == null ? "" : answerText;
        answerDuration = answerDuration == null || answerDuration.isNegative() ? Duration.ZERO : answerDuration;
    }
}
