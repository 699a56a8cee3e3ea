package org.emdrill.ui.common;

import java.util.Optional;
import javafx.scene.layout.VBox;
import org.emdrill.domain.Question;

/**
 * What a question really tests and the skeleton of a strong answer, as both answering screens show it
 * once the answer is over (never before: it would give the answer away).
 */
public final class AnswerGuide {

    private AnswerGuide() {
    }

    /** The guide's card, or empty when the bank gives neither part. */
    public static Optional<VBox> card(Question q) {
        if (q.assesses().isBlank() && q.outline().isEmpty()) {
            return Optional.empty();
        }
        VBox card = new VBox(8);
        card.setId("answer-guide");
        card.getStyleClass().addAll("card", "answer-guide");
        if (!q.assesses().isBlank()) {
            card.getChildren().addAll(Layouts.label("What this tests", "section-title"),
                    Layouts.wrapping(q.assesses(), "answer-guide-assesses"));
        }
        if (!q.outline().isEmpty()) {
            card.getChildren().add(Layouts.label("A strong answer", "section-title"));
            int n = 1;
            for (String step : q.outline()) {
                card.getChildren().add(Layouts.wrapping(n++ + ".  " + step, "outline-step"));
            }
        }
        return Optional.of(card);
    }
}
