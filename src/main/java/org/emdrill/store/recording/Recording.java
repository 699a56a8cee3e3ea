package org.emdrill.store.recording;

import java.util.Objects;
import java.util.Optional;
import org.emdrill.audio.DeliveryFigures;

/**
 * The recording of one spoken answer, as the history keeps it.
 *
 * @param attemptId       the attempt it belongs to
 * @param file            the WAV file's path relative to the data folder's {@code recordings/}, with
 *                        forward slashes (so the data folder can move between computers)
 * @param durationSeconds the recording's length
 * @param figures         how it was delivered; null while it has not been analysed
 */
public record Recording(long attemptId, String file, double durationSeconds, DeliveryFigures figures) {

    public Recording {
        Objects.requireNonNull(file, "file");
        if (!RecordingFolder.isSafeName(file)) {
            throw new IllegalArgumentException("a recording lies inside the recordings folder: " + file);
        }
        if (!(durationSeconds >= 0)) {
            throw new IllegalArgumentException("duration must not be negative: " + durationSeconds);
        }
    }

    public Optional<DeliveryFigures> figuresIfAnalysed() {
        return Optional.ofNullable(figures);
    }

    public Recording withAttempt(long id) {
        return new Recording(id, file, durationSeconds, figures);
    }
}
