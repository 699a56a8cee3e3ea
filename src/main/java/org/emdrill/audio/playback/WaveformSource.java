package org.emdrill.audio.playback;

import java.nio.file.Path;
import java.util.Optional;
import org.emdrill.audio.Waveform;

/**
 * Where a screen gets the waveform of a recording to draw (computed once and cached by the audio
 * engine). Called off the FX thread. Empty when the file has none yet: the player then draws a flat
 * line with the stored pauses marked, and still plays.
 */
@FunctionalInterface
public interface WaveformSource {

    WaveformSource NONE = wav -> Optional.empty();

    Optional<Waveform> waveform(Path wav);
}
