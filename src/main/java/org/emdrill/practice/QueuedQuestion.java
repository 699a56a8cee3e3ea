package org.emdrill.practice;

import java.util.Objects;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;

/** A question together with the bank it was drawn from. */
public record QueuedQuestion(QuestionBank bank, Question question) {
    public QueuedQuestion {
        Objects.requireNonNull(bank);
        Objects.requireNonNull(question);
    }
}
