package org.emdrill.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.emdrill.audio.Span;
import org.emdrill.audio.Waveform;
import org.emdrill.audio.playback.Playback;
import org.emdrill.audio.playback.PlaybackSpeed;

/**
 * The view model of one recording player: what is loaded, where playback is, whether it plays, at what
 * speed, and a message when it cannot play. The {@link WaveformPlayer} polls {@link #tick()} every
 * frame while playing, so the cursor follows the playback's own clock rather than a coarse event.
 */
public final class PlayerModel implements AutoCloseable {

    private final Playback playback;
    private final ReadOnlyObjectWrapper<Waveform> waveform = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper position = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<PlaybackSpeed> speed = new SimpleObjectProperty<>(PlaybackSpeed.NORMAL);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** @param fx where the playback's events are handed over (the FX thread in the app) */
    public PlayerModel(Playback playback, Executor fx) {
        this.playback = Objects.requireNonNull(playback, "playback");
        Objects.requireNonNull(fx, "fx");
        playback.listener(new Playback.Listener() {
            @Override
            public void ended() {
                fx.execute(PlayerModel.this::tick);
            }

            @Override
            public void failed(String why) {
                fx.execute(() -> {
                    tick();
                    message.set(why);
                });
            }
        });
        speed.addListener((obs, old, now) -> playback.speed(now == null ? PlaybackSpeed.NORMAL : now));
    }

    /** Shows {@code shown} ready to play from its start; null empties the player. */
    public void show(Path wav, Waveform shown) {
        playback.pause();
        message.set("");
        waveform.set(shown);
        if (shown != null) {
            playback.load(wav, shown.durationSeconds());
            playback.speed(speed.get());
        }
        tick();
    }

    public void clear() {
        show(null, null);
    }

    public void togglePlay() {
        if (waveform.get() == null) {
            return;
        }
        if (playback.isPlaying()) {
            playback.pause();
        } else {
            message.set("");
            playback.play();
        }
        tick();
    }

    public void seek(double seconds) {
        if (waveform.get() != null) {
            playback.seek(Math.max(0, Math.min(seconds, duration())));
            tick();
        }
    }

    /** Seeks to a share (0..1) of the recording, as a click on the waveform does. */
    public void seekToShare(double share) {
        seek(Math.max(0, Math.min(1, share)) * duration());
    }

    /** Reads where playback is now; the player calls this every frame while playing. */
    public void tick() {
        position.set(playback.positionSeconds());
        playing.set(playback.isPlaying());
    }

    public double duration() {
        Waveform w = waveform.get();
        return w == null ? 0 : w.durationSeconds();
    }

    public List<Span> pauses() {
        Waveform w = waveform.get();
        return w == null ? List.of() : w.pauses();
    }

    public ReadOnlyObjectProperty<Waveform> waveformProperty() {
        return waveform.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ObjectProperty<PlaybackSpeed> speedProperty() {
        return speed;
    }

    /** Why the recording cannot play (no sound output, unreadable file); empty when all is well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void close() {
        playback.close();
        playing.set(false);
    }
}
