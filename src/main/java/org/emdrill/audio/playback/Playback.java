package org.emdrill.audio.playback;

import java.nio.file.Path;

/**
 * Plays one recording. Every method returns at once: reading the file and opening the sound device
 * happen on the implementation's own thread, and what goes wrong there arrives at the {@link Listener}
 * as a message a user can act on (no sound device, unreadable file), never as an exception.
 *
 * <p>{@link #positionSeconds()} is meant to be polled every frame: implementations work it out from
 * what the device has actually played, so a cursor drawn from it moves smoothly.
 */
public interface Playback extends AutoCloseable {

    /** Told from the playback thread; a screen hands it over to its own thread. */
    interface Listener {
        /** Playback reached the end of the recording. */
        void ended();

        /** Playback could not start or stopped: {@code message} says why and what to do. */
        void failed(String message);
    }

    /** Makes {@code wav} the recording to play, from its start, paused. No file is opened yet. */
    void load(Path wav, double durationSeconds);

    void play();

    void pause();

    /** Moves to {@code seconds} from the start (clamped to the recording), playing on if it was playing. */
    void seek(double seconds);

    void speed(PlaybackSpeed speed);

    double positionSeconds();

    boolean isPlaying();

    void listener(Listener listener);

    /** Stops and lets go of the device and the loaded samples. */
    @Override
    void close();
}
