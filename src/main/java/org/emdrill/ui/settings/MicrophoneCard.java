package org.emdrill.ui.settings;

import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.emdrill.settings.MicrophoneChoice;
import org.emdrill.ui.common.SegmentedLevel;
import org.emdrill.ui.common.Styles;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The "Microphone" card: the input spoken answers are recorded from, and a test of it. */
final class MicrophoneCard {

    static final String PROBLEM = "microphone-problem";

    private MicrophoneCard() {
    }

    static Node of(MicrophoneModel model) {
        ComboBox<MicrophoneChoice> input = new ComboBox<>();
        input.setId("microphone-input");
        input.setAccessibleText("Microphone input");
        input.setPrefWidth(280);
        input.setMinWidth(Region.USE_PREF_SIZE);
        StringConverter<MicrophoneChoice> names = new StringConverter<>() {
            @Override
            public String toString(MicrophoneChoice c) {
                return c == null ? "" : c.label() + (model.isMissing(c) ? " (not connected)" : "");
            }

            @Override
            public MicrophoneChoice fromString(String s) {
                return null;
            }
        };
        input.setConverter(names);
        input.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(MicrophoneChoice c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty ? null : names.toString(c));
            }
        });
        // A fresh item list each time: changing a shown ComboBox's items in place trips its selection model.
        Runnable items = () -> {
            input.setItems(FXCollections.observableArrayList(model.choices()));
            input.setValue(model.selectedProperty().get());
        };
        model.choices().addListener((ListChangeListener<MicrophoneChoice>) change -> items.run());
        items.run();
        model.selectedProperty().addListener((obs, was, is) -> input.setValue(is));
        input.valueProperty().addListener((obs, was, is) -> {
            if (is != null) {
                model.selectedProperty().set(is);
            }
        });
        input.disableProperty().bind(model.phaseProperty().isNotEqualTo(MicrophoneModel.Phase.IDLE));
        input.setOnShowing(e -> model.loadInputs());

        Button test = new Button("Test microphone", new FontIcon(Feather.MIC));
        test.setId("test-microphone");
        test.setMinWidth(Region.USE_PREF_SIZE);
        test.disableProperty().bind(input.disableProperty());
        test.setOnAction(e -> model.testMicrophone());

        SegmentedLevel meter = new SegmentedLevel("microphone-level"); // the one a recorded answer shows
        model.levelProperty().addListener((obs, was, is) -> meter.show(is.doubleValue()));
        meter.visibleProperty().bind(model.phaseProperty().isNotEqualTo(MicrophoneModel.Phase.IDLE));

        Label message = new Label();
        message.setId("microphone-message");
        message.getStyleClass().add("microphone-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        model.problemProperty().addListener((obs, was, is) -> {
            if (is) {
                message.getStyleClass().add(PROBLEM);
            } else {
                message.getStyleClass().remove(PROBLEM);
            }
        });

        // Reading the recorder's status is a field read; the timer runs only while a test records.
        AnimationTimer frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.poll();
            }
        };
        model.pollingProperty().addListener((obs, was, is) -> {
            if (is) {
                frames.start();
            } else {
                frames.stop();
            }
        });

        HBox testRow = new HBox(12, test, meter);
        testRow.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label();
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.textProperty().bind(Bindings.createStringBinding(() -> model.isMissing(model.selectedProperty().get())
                ? "This input is not connected now; spoken answers fall back to timing only until it is."
                : "Records three seconds, then plays them back. Nothing is kept.", model.selectedProperty(),
                model.choices()));
        return SettingsView.card("Microphone", new VBox(14,
                SettingsView.setting("Input", "The microphone spoken answers are recorded from. System default "
                        + "follows the computer's own choice.", input),
                new VBox(10, testRow, hint, message)));
    }
}
