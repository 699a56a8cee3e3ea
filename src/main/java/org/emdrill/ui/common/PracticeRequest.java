package org.emdrill.ui.common;

import java.util.List;
import org.emdrill.domain.QueuedQuestion;

/**
 * A request from any screen to start practising a particular set of questions, e.g. a selection on the
 * Banks screen or a "what to work on" card.
 *
 * @param title what the set is, shown on the Practice screen ("Due today", "Weakest: Coaching")
 */
public record PracticeRequest(String title, List<QueuedQuestion> questions) {
    public PracticeRequest {
        questions = List.copyOf(questions);
    }
}
