package org.emdrill.ui.common;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.emdrill.audio.AudioSource;
import org.emdrill.audio.MicrophoneSource;
import org.emdrill.audio.playback.CachedWaveforms;
import org.emdrill.store.recording.RecordingFolder;

/**
 * What the answering screens record spoken answers with: the data folder's {@code recordings/}, a fresh
 * microphone per answer (synthesised PCM in tests), the monotonic ticker the recorder tells a silent
 * device from a dead one by, and playback for the scoring panel. With {@code warmsMicrophone} the
 * microphone opens while a spoken question waits to be answered ({@link org.emdrill.audio.WarmMicrophone}),
 * as a real device may take seconds to start; synthetic sources in tests start at once and feed what
 * the test gave them to whoever reads first, so they leave it off.
 */
public record SpokenAudio(RecordingFolder folder, Supplier<AudioSource> microphone, LongSupplier ticker,
                          Listening listening, boolean warmsMicrophone) {

    public SpokenAudio {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(microphone, "microphone");
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(listening, "listening");
    }

    /**
     * The system's input and sound output, recording into {@code recordingsFolder}; {@code device} names the
     * input chosen in Settings (empty for the system's default), read afresh for each answer.
     */
    public static SpokenAudio system(Path recordingsFolder, Supplier<Optional<String>> device) {
        return new SpokenAudio(new RecordingFolder(recordingsFolder), () -> new MicrophoneSource(device.get()),
                System::nanoTime, Listening.system(new CachedWaveforms()), true);
    }
}
