package org.emdrill.insights;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;

/** Small hand-made attempts for the statistics tests. */
final class TestAttempts {

    private TestAttempts() {
    }

    static Attempt scored(long id, String bank, String question, String finished, Double overall,
                          Map<Dimension, Integer> scores) {
        return timed(id, bank, question, finished, overall, scores, 100, 120);
    }

    static Attempt timed(long id, String bank, String question, String finished, Double overall,
                         Map<Dimension, Integer> scores, int answerSeconds, int targetSeconds) {
        Instant end = Instant.parse(finished);
        return new Attempt(id, bank, "Title of " + bank, question, "Prompt of " + question, AnswerMode.TYPED,
                Duration.ZERO, Duration.ofSeconds(answerSeconds), targetSeconds, "", "", new Scores(scores),
                EnumSet.noneOf(StarElement.class), overall, end.minusSeconds(answerSeconds), end);
    }

    static Attempt onDay(long id, String finished) {
        return scored(id, "b", "q", finished, null, Map.of());
    }
}
