package org.emdrill.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.layout.VBox;

/**
 * The place in the scoring panel where a spoken answer's recording plays, with its delivery figures.
 * Takes no room until the answering screen sets {@link ScoreCard#recordingProperty()}.
 */
final class RecordingSlot extends VBox {

    RecordingSlot(ObservableValue<AnswerRecording> recording, String idPrefix) {
        super(8);
        setId(idPrefix + "recording");
        recording.addListener((obs, old, now) -> show(now, idPrefix));
        show(recording.getValue(), idPrefix);
    }

    private void show(AnswerRecording r, String idPrefix) {
        getChildren().clear();
        setVisible(r != null);
        setManaged(r != null);
        if (r != null) {
            DeliveryFiguresPane figures = new DeliveryFiguresPane(idPrefix + "recording");
            figures.show(r.figures(), r.targetSeconds());
            getChildren().addAll(new WaveformPlayer(r.player(), idPrefix + "recording"), figures);
        }
    }
}
