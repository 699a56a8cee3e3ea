package org.emdrill.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The card that offers work left unfinished (an answer, a mock interview) on the set-up pages of both
 * answering screens: what it is, Resume, Discard. Shown only while there is something to offer.
 */
public final class ResumeCard {

    private ResumeCard() {
    }

    /**
     * @param idPrefix "draft" or "interview": the buttons are {@code resume-<idPrefix>} and {@code discard-<idPrefix>}
     */
    public static HBox of(Feather glyph, ObservableStringValue heading, ObservableStringValue detail, String idPrefix,
            Runnable resume, Runnable discard, ObservableBooleanValue offered) {
        FontIcon icon = new FontIcon(glyph);
        icon.setIconSize(22);
        Label title = Layouts.wrapping("", "section-title");
        title.setId("resume-" + idPrefix + "-heading");
        title.textProperty().bind(heading);
        Label text = Layouts.wrapping("", "muted");
        text.setId(idPrefix + "-detail");
        text.setMinHeight(Region.USE_PREF_SIZE); // wraps onto more lines rather than cutting the words
        text.textProperty().bind(detail);
        VBox words = new VBox(4, title, text);
        HBox.setHgrow(words, Priority.ALWAYS);
        Button resumeButton = new Button("Resume", new FontIcon(Feather.PLAY));
        resumeButton.setId("resume-" + idPrefix);
        resumeButton.getStyleClass().add(Styles.ACCENT);
        resumeButton.setOnAction(e -> resume.run());
        Button discardButton = new Button("Discard");
        discardButton.setId("discard-" + idPrefix);
        discardButton.getStyleClass().add(Styles.DANGER);
        discardButton.setOnAction(e -> discard.run());
        resumeButton.setMinWidth(Region.USE_PREF_SIZE);
        discardButton.setMinWidth(Region.USE_PREF_SIZE);
        HBox card = new HBox(14, icon, words, resumeButton, discardButton);
        card.setAlignment(Pos.CENTER_LEFT);
        card.getStyleClass().addAll("card", "resume-card");
        card.visibleProperty().bind(offered);
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }
}
