package org.emdrill.domain;

import java.util.Objects;

/** A question together with the bank it was drawn from. */
public record QueuedQuestion(QuestionBank bank, Question question) {
    public QueuedQuestion {
        Objects.requireNonNull(bank);
        Objects.requireNonNull(question);
    }
}
