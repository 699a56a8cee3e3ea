package org.emdrill.ui.mockinterview;

import org.emdrill.ui.common.ScoreCard;
import org.emdrill.ui.common.ScoreCardPane;
import org.emdrill.ui.common.Layouts;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** After the last question: score every answer not scored yet, then see the summary. */
final class EndScoringPage extends BorderPane {

    /** @param finishing what "Finish" does: the view asks first when answers are left unscored */
    EndScoringPage(MockInterviewViewModel vm, Runnable finishing) {
        getStyleClass().add("interview-end-scoring");
        Label title = Layouts.label("Score your answers", "screen-title");
        Label intro = Layouts.wrapping("The questions are over. Score each answer while it is fresh, with what you "
                + "said beside it; an answer you leave blank is saved unscored.", "muted");
        VBox cards = new VBox(16);
        cards.setId("end-cards");
        Runnable render = () -> {
            cards.getChildren().clear();
            for (ScoreCard c : vm.endCards()) {
                String prefix = "q" + (c.position() + 1) + "-";
                ScoreCardPane pane = new ScoreCardPane(c, prefix, true);
                HBox.setHgrow(pane, javafx.scene.layout.Priority.ALWAYS);
                HBox row = new HBox(18);
                vm.givenAnswer(c.position()).ifPresent(q -> {
                    GivenAnswerPane given = new GivenAnswerPane(q, prefix, vm.modeProperty().get());
                    // In em, so the answer column grows with the text size; the score rows take the rest.
                    given.setStyle("-fx-pref-width: 24em; -fx-min-width: 14em;");
                    row.getChildren().add(given);
                });
                row.getChildren().add(pane);
                cards.getChildren().add(row);
            }
        };
        vm.endCards().addListener((ListChangeListener<ScoreCard>) c -> render.run());
        render.run();

        Label message = Layouts.wrapping("", "muted");
        message.setId("end-message");
        message.textProperty().bind(vm.endMessageProperty());
        HBox.setHgrow(message, javafx.scene.layout.Priority.ALWAYS);
        Button finish = new Button("Finish and see the summary", new FontIcon(Feather.FLAG));
        finish.setId("finish-scoring");
        finish.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        finish.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        finish.setOnAction(e -> finishing.run());
        HBox footer = new HBox(16, message, finish);
        footer.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(14, title, intro, cards, footer);
        setCenter(Layouts.scroller(content, 1000));
        setBottom(MockInterviewView.statusBar(vm));
    }
}
