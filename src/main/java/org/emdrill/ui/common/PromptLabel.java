package org.emdrill.ui.common;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.layout.Region;

/**
 * A wrapped question prompt. It is a {@link Label} (same text, style classes, font and colour from the
 * theme, read out by a screen reader as the label it was), but it draws the lines itself when the
 * text holds right-to-left letters: JavaFX 21 draws such a wrapped paragraph with lines repeated and
 * others missing. Left-to-right text is drawn as JavaFX wraps it. See {@link PromptLabelSkin}.
 */
public final class PromptLabel extends Label {

    public PromptLabel() {
        this("");
    }

    public PromptLabel(String text) {
        super(text);
        setWrapText(true);
        setMinHeight(Region.USE_PREF_SIZE);
    }

    /** A prompt with these style classes, as tall as its wrapped lines. */
    public static PromptLabel wrapping(String text, String... styleClasses) {
        PromptLabel label = new PromptLabel(text);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    /** Its height depends on the width it gets, whichever way it draws its lines. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new PromptLabelSkin(this);
    }
}
