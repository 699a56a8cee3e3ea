package org.emdrill.audio.playback;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.emdrill.audio.Waveform;
import org.emdrill.audio.WaveformCache;

/**
 * The engine's waveforms: read from the {@code .peaks} cache beside each WAV, computed (and cached) the
 * first time. A missing or unreadable file has no waveform, so the player falls back to a flat line
 * and its own message when it tries to play. Call off the FX thread: the first open reads the file.
 */
public final class CachedWaveforms implements WaveformSource {

    private static final System.Logger LOG = System.getLogger(CachedWaveforms.class.getName());

    @Override
    public Optional<Waveform> waveform(Path wav) {
        if (!Files.isRegularFile(wav)) {
            return Optional.empty();
        }
        try {
            return Optional.of(WaveformCache.load(wav));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "no waveform for " + wav + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
