package org.emdrill.ui.history;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.emdrill.ui.common.DeliveryFiguresPane;
import org.emdrill.ui.common.Styles;
import org.emdrill.ui.common.WaveformPlayer;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The detail's "Recording" section: the player, how the answer was delivered, and deleting the
 * recording alone. Built once and kept, so playback goes on while the rest of the detail re-renders;
 * it takes no room when the opened attempt has no recording.
 */
final class RecordingSection extends VBox {

    private final DeliveryFiguresPane figures = new DeliveryFiguresPane("detail");

    RecordingSection(HistoryViewModel model) {
        super(8);
        setId("detail-recording");
        AttemptRecording recording = model.recording();
        Label heading = new Label("Recording");
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button delete = new Button("Delete recording", new FontIcon(Feather.TRASH));
        delete.setId("delete-recording");
        delete.getStyleClass().addAll(atlantafx.base.theme.Styles.FLAT, atlantafx.base.theme.Styles.SMALL);
        delete.setTooltip(new Tooltip("Delete the sound file; the attempt, its scores and notes stay"));
        delete.setMinWidth(Region.USE_PREF_SIZE);
        delete.setOnAction(e -> recording.deleteRecording());
        HBox top = new HBox(8, heading, spacer, delete);
        top.setAlignment(Pos.CENTER_LEFT);
        Label delivery = new Label("Delivery");
        delivery.getStyleClass().add(Styles.SECTION_TITLE);
        getChildren().addAll(top, new WaveformPlayer(recording.player(), "detail"), delivery, figures);
        recording.shownProperty().addListener((obs, old, now) -> update(model));
        model.detailProperty().addListener((obs, old, now) -> update(model));
        update(model);
    }

    private void update(HistoryViewModel model) {
        AttemptRecording.Shown shown = model.recording().shownProperty().get();
        AttemptDetail d = model.detailProperty().get();
        boolean show = shown != null && d != null && d.id() == shown.recording().attemptId();
        setVisible(show);
        setManaged(show);
        if (show) {
            figures.show(shown.recording().figures(), d.answerTime().targetSeconds());
        }
    }
}
