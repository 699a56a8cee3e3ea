package org.emdrill.ui.common;

import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.emdrill.domain.StarElement;
import org.emdrill.insights.AnswerAnalytics;

/**
 * The STAR part of the scoring card: the candidate's own ticks ("You marked") and, for a typed answer,
 * beside them the parts the words of the answer suggest ("Estimated from your text",
 * docs/decisions/0004-typed-answer-analytics.md). The estimate is a hint to compare with, never a tick
 * made for the candidate. Without typed text the estimate column takes no room.
 */
final class StarComparison extends GridPane {

    StarComparison(ScoreCard card, String idPrefix) {
        setHgap(24);
        setVgap(6);
        setId(idPrefix + "star-comparison");
        ColumnConstraints half = new ColumnConstraints();
        half.setHgrow(Priority.ALWAYS);
        half.setPercentWidth(50);
        getColumnConstraints().addAll(half, half);

        FlowPane ticks = new FlowPane(18, 8);
        for (StarElement e : StarElement.values()) {
            CheckBox box = new CheckBox(e.displayName());
            box.setId(idPrefix + "star-" + e.id());
            box.selectedProperty().bindBidirectional(card.starProperty(e));
            ticks.getChildren().add(box);
        }
        VBox mine = new VBox(6, Layouts.label("You marked", "star-column-title"), ticks);
        add(mine, 0, 0);

        ObjectBinding<Set<StarElement>> estimated = Bindings.createObjectBinding(
                () -> AnswerAnalytics.analyse(card.typedAnswerProperty().get()).star().covered(),
                card.typedAnswerProperty());
        FlowPane letters = new FlowPane(6, 6);
        for (StarElement e : StarElement.values()) {
            letters.getChildren().add(letter(e, estimated, idPrefix));
        }
        Label caption = Layouts.label("Estimated from your text", "star-column-title");
        Label count = Layouts.wrapping("", "muted");
        count.setId(idPrefix + "star-estimate");
        count.textProperty().bind(Bindings.createStringBinding(() -> estimated.get().size()
                + " of 5 parts: a guess from the words you used", estimated));
        VBox guess = new VBox(6, caption, letters, count);
        guess.setId(idPrefix + "star-estimated");
        boolean[] shown = {false};
        Runnable place = () -> {
            boolean typed = !card.typedAnswerProperty().get().isBlank();
            if (typed != shown[0]) {
                shown[0] = typed;
                if (typed) {
                    add(guess, 1, 0);
                } else {
                    getChildren().remove(guess);
                }
            }
        };
        card.typedAnswerProperty().addListener((obs, was, is) -> place.run());
        place.run();
    }

    private static Node letter(StarElement e, ObjectBinding<Set<StarElement>> estimated, String idPrefix) {
        Label l = new Label(e.displayName());
        l.setId(idPrefix + "star-estimate-" + e.id());
        l.getStyleClass().add("star-guess");
        Runnable mark = () -> {
            boolean covered = estimated.get().contains(e);
            l.getStyleClass().removeAll("covered", "missing");
            l.getStyleClass().add(covered ? "covered" : "missing");
            l.setAccessibleText(e.displayName() + (covered ? ", found in your text" : ", not found in your text"));
        };
        estimated.addListener((obs, was, is) -> mark.run());
        mark.run();
        return l;
    }
}
