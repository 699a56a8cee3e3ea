package org.emdrill.ui.settings;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.emdrill.domain.AnswerMode;
import org.emdrill.settings.Preferences;
import org.emdrill.settings.Settings;
import org.emdrill.ui.common.AppState;

/**
 * The answer time, answer mode and text size a user picks once. Each change is written back to
 * {@link AppState#settingsProperty()} as a new {@link Settings} (the app applies and saves it).
 */
public final class PreferencesModel {

    /** The text sizes offered, relative to the normal size. */
    public static final List<Double> TEXT_SCALES = List.of(1.0, 1.15, 1.3, 1.5, 1.75, 2.0);
    static final int DEFAULT_FIXED_SECONDS = 120;

    private final AppState state;
    private final BooleanProperty ownTarget = new SimpleBooleanProperty();
    private final IntegerProperty fixedSeconds = new SimpleIntegerProperty(DEFAULT_FIXED_SECONDS);
    private final ObjectProperty<AnswerMode> mode = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> textScale = new SimpleObjectProperty<>();

    public PreferencesModel(AppState state) {
        this.state = Objects.requireNonNull(state);
        copyFrom(state.settings().preferences());
        state.settingsProperty().addListener((obs, was, is) -> copyFrom(is.preferences()));
        ownTarget.addListener((obs, was, is) -> write());
        fixedSeconds.addListener((obs, was, is) -> write());
        mode.addListener((obs, was, is) -> write());
        textScale.addListener((obs, was, is) -> write());
    }

    /** True: each question keeps its own target time; false: every question gets {@link #fixedSecondsProperty()}. */
    public BooleanProperty ownTargetProperty() {
        return ownTarget;
    }

    public IntegerProperty fixedSecondsProperty() {
        return fixedSeconds;
    }

    public ObjectProperty<AnswerMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<Double> textScaleProperty() {
        return textScale;
    }

    private void copyFrom(Preferences p) {
        ownTarget.set(p.answerSeconds() == 0);
        if (p.answerSeconds() > 0) {
            fixedSeconds.set(p.answerSeconds());
        }
        mode.set(p.defaultAnswerMode());
        textScale.set(p.textScale());
    }

    private void write() {
        if (mode.get() == null || textScale.get() == null) {
            return;
        }
        Preferences now = state.settings().preferences();
        Preferences next = now.withAnswerSeconds(ownTarget.get() ? 0
                        : Math.max(Preferences.MIN_ANSWER_SECONDS, Math.min(Preferences.MAX_ANSWER_SECONDS, fixedSeconds.get())))
                .withDefaultAnswerMode(mode.get())
                .withTextScale(textScale.get());
        if (!next.equals(now)) {
            state.settingsProperty().set(state.settings().withPreferences(next));
        }
    }
}
