package org.emdrill.ui.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.emdrill.audio.playback.Playback;
import org.emdrill.audio.playback.PlaybackSpeed;

/** A playback without a sound device: remembers what it was told and where it is. */
public final class FakePlayback implements Playback {

    public volatile Path loaded;
    public volatile double position;
    public volatile boolean playing;
    public volatile PlaybackSpeed speed = PlaybackSpeed.NORMAL;
    public final List<Double> seeks = new ArrayList<>();
    public volatile boolean closed;
    private double duration;
    private Listener listener;

    @Override
    public void load(Path wav, double durationSeconds) {
        loaded = wav;
        duration = durationSeconds;
        position = 0;
        playing = false;
    }

    @Override
    public void play() {
        playing = loaded != null;
    }

    @Override
    public void pause() {
        playing = false;
    }

    @Override
    public void seek(double seconds) {
        seeks.add(seconds);
        position = Math.max(0, Math.min(seconds, duration));
    }

    @Override
    public void speed(PlaybackSpeed s) {
        speed = s;
    }

    @Override
    public double positionSeconds() {
        return position;
    }

    @Override
    public boolean isPlaying() {
        return playing;
    }

    @Override
    public void listener(Listener l) {
        listener = l;
    }

    /** As a real playback reports that it could not play. */
    public void fail(String message) {
        playing = false;
        listener.failed(message);
    }

    /** As a real playback reports that it played to the end. */
    public void finish() {
        playing = false;
        position = duration;
        listener.ended();
    }

    @Override
    public void close() {
        closed = true;
        playing = false;
    }
}
