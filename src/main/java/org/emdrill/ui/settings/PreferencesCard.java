package org.emdrill.ui.settings;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.emdrill.domain.AnswerMode;
import org.emdrill.settings.Preferences;
import org.emdrill.ui.common.Layouts;
import org.emdrill.ui.common.Styles;

/** The "Answering" card: default answer time and mode. And the text size, in the Appearance card. */
final class PreferencesCard {

    private PreferencesCard() {
    }

    static Node answering(PreferencesModel model) {
        ToggleButton own = pill("Each question's own", atlantafx.base.theme.Styles.LEFT_PILL, "answer-time-own");
        ToggleButton fixed = pill("The same for all", atlantafx.base.theme.Styles.RIGHT_PILL, "answer-time-fixed");
        pair(own, fixed, model.ownTargetProperty());
        Spinner<Integer> seconds = Layouts.spinner(model.fixedSecondsProperty(), Preferences.MIN_ANSWER_SECONDS,
                Preferences.MAX_ANSWER_SECONDS, 15, "answer-seconds");
        seconds.setAccessibleText("Answer time for every question, in seconds");
        seconds.disableProperty().bind(model.ownTargetProperty());
        Label unit = new Label("seconds");
        unit.getStyleClass().add(Styles.MUTED);
        HBox fixedTime = new HBox(10, seconds, unit);
        fixedTime.setAlignment(Pos.CENTER_LEFT);
        VBox time = new VBox(8, new HBox(own, fixed), fixedTime);
        time.setMinWidth(Region.USE_PREF_SIZE);

        ToggleButton typed = pill("Typed", atlantafx.base.theme.Styles.LEFT_PILL, "default-mode-typed");
        ToggleButton spoken = pill("Spoken", atlantafx.base.theme.Styles.RIGHT_PILL, "default-mode-spoken");
        ToggleGroup modes = new ToggleGroup();
        typed.setToggleGroup(modes);
        spoken.setToggleGroup(modes);
        Runnable sync = () -> modes.selectToggle(model.modeProperty().get() == AnswerMode.SPOKEN ? spoken : typed);
        model.modeProperty().addListener((obs, was, is) -> sync.run());
        sync.run();
        typed.setOnAction(e -> { model.modeProperty().set(AnswerMode.TYPED); sync.run(); });
        spoken.setOnAction(e -> { model.modeProperty().set(AnswerMode.SPOKEN); sync.run(); });
        HBox mode = new HBox(typed, spoken);
        mode.setMinWidth(Region.USE_PREF_SIZE);

        return SettingsView.card("Answering", new VBox(14,
                SettingsView.setting("Answer time", "The target the answer timer counts toward. Each bank's "
                        + "author sized their questions; choose one time for all to train a shorter or longer "
                        + "answer.", time),
                SettingsView.setting("Answer mode", "How a new practice or mock interview starts: typing the "
                        + "answer, or speaking it aloud.", mode)));
    }

    static Node textSize(PreferencesModel model) {
        ChoiceBox<Double> size = new ChoiceBox<>();
        size.setId("text-scale");
        size.setAccessibleText("Text size");
        size.getItems().setAll(PreferencesModel.TEXT_SCALES);
        size.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double scale) {
                return scale == null ? "" : String.format(Locale.ROOT, "%.0f%%", scale * 100)
                        + (scale == 1.0 ? " (normal)" : "");
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        if (!size.getItems().contains(model.textScaleProperty().get())) {
            size.getItems().add(model.textScaleProperty().get());
        }
        size.valueProperty().bindBidirectional(model.textScaleProperty());
        size.setMinWidth(Region.USE_PREF_SIZE);
        return SettingsView.setting("Text size", "Larger text for every screen; it applies at once.", size);
    }

    private static ToggleButton pill(String text, String style, String id) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.getStyleClass().add(style);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** Two pills showing a yes/no property; clicking the selected one again keeps it selected. */
    private static void pair(ToggleButton yes, ToggleButton no, javafx.beans.property.BooleanProperty value) {
        ToggleGroup group = new ToggleGroup();
        yes.setToggleGroup(group);
        no.setToggleGroup(group);
        Runnable sync = () -> group.selectToggle(value.get() ? yes : no);
        value.addListener((obs, was, is) -> sync.run());
        sync.run();
        yes.setOnAction(e -> { value.set(true); sync.run(); });
        no.setOnAction(e -> { value.set(false); sync.run(); });
    }
}
