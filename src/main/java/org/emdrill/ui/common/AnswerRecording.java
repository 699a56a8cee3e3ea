package org.emdrill.ui.common;

import java.util.Objects;
import org.emdrill.audio.DeliveryFigures;

/**
 * What the scoring panel shows of a spoken answer's recording: a player already showing it
 * ({@link PlayerModel#show}) and how the answer was delivered.
 *
 * @param figures       null while the recording is still being measured
 * @param targetSeconds the question's target time, 0 when none
 */
public record AnswerRecording(PlayerModel player, DeliveryFigures figures, int targetSeconds) {

    public AnswerRecording {
        Objects.requireNonNull(player, "player");
    }
}
