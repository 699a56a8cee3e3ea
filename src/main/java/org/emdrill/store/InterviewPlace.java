package org.emdrill.store;

import java.time.Instant;
import java.util.Objects;

/**
 * Where an attempt sat in the mock interview it was part of, as the store already records it
 * ({@code attempts.session_id}, {@code session_position} and the interview's row): enough to mark it in
 * History and to say "question 2 of 5".
 *
 * @param position      0-based place in the interview
 * @param questionCount how many questions the interview had, 0 when its row does not say
 */
public record InterviewPlace(long interviewId, Instant startedAt, int position, int questionCount) {

    public InterviewPlace {
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** "question 2 of 5", or "question 2" when the count is not known. */
    public String questionText() {
        int number = position + 1;
        return questionCount > 0 && number <= questionCount ? "question " + number + " of " + questionCount
                : "question " + number;
    }
}
