package org.emdrill.ui.common;

import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.emdrill.domain.Question;

/**
 * What a question really tests and the skeleton of a strong answer, as both answering screens show it
 * once the answer is over (never before: it would give the answer away), and what a good answer shows at
 * each level where the bank says. History shows the same card beside a saved attempt.
 */
public final class AnswerGuide {

    private AnswerGuide() {
    }

    /** The guide's card, or empty when the bank gives none of its parts. */
    public static Optional<VBox> card(Question q) {
        if (q.assesses().isBlank() && q.outline().isEmpty() && q.expectations().isEmpty()) {
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
        if (!q.expectations().isEmpty()) {
            card.getChildren().add(Layouts.label("What a good answer shows at each level", "section-title"));
            q.expectations().forEach((level, text) -> {
                Label l = Layouts.wrapping(text, "expectation");
                l.setId("expectation-" + level.id());
                Label name = Layouts.label(level.displayName(), "expectation-level");
                card.getChildren().add(new VBox(2, name, l));
            });
        }
        return Optional.of(card);
    }
}
