package org.emdrill.ui.common;

import java.util.Objects;
import java.util.function.Supplier;
import org.emdrill.audio.playback.Playback;
import org.emdrill.audio.playback.SoundPlayback;
import org.emdrill.audio.playback.WaveformSource;

/**
 * What a screen needs to play recordings back: a fresh {@link Playback} per player, and the waveforms
 * to draw. Tests hand in a fake playback, so they run without a sound device.
 */
public record Listening(Supplier<Playback> playback, WaveformSource waveforms) {

    public Listening {
        Objects.requireNonNull(playback, "playback");
        Objects.requireNonNull(waveforms, "waveforms");
    }

    /** The computer's own sound output. */
    public static Listening system(WaveformSource waveforms) {
        return new Listening(SoundPlayback::new, waveforms);
    }
}
