package org.emdrill.domain;

import java.util.Objects;

/**
 * One question of an {@link InterviewLoop}.
 *
 * @param questionId    the id of a question in a loaded bank
 * @param answerSeconds the time budget of the main answer in this loop, which may differ from the
 *                      question's own target
 * @param focus         why the question is in the loop, as an interviewer would put it; may be empty
 */
public record LoopQuestion(String questionId, int answerSeconds, String focus) {

    public LoopQuestion {
        Objects.requireNonNull(questionId, "questionId");
        focus = focus == null ? "" : focus;
    }
}
