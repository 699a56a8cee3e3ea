package org.emdrill.ui.common;

import java.nio.file.Path;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.emdrill.audio.DeliveryFigures;
import org.emdrill.audio.Recorder;
import org.emdrill.audio.SpeechAnalyzer;
import org.emdrill.audio.WarmMicrophone;
import org.emdrill.audio.WavJoin;
import org.emdrill.audio.Waveform;
import org.emdrill.store.recording.Recording;

/**
 * The recording of spoken answers, the one place both answering screens use: a WAV under
 * {@code recordings/} while the answer runs, paused with its clock, stopped when it is over, shown in the
 * scoring panel, moved to the trash when the answer is discarded. Lives on the FX thread; the recorder
 * captures on its own thread and is only read here ({@link #poll()}), never the other way round, and
 * closing, measuring and moving files run on the background worker, in the order they were asked for.
 */
public final class AnswerCapture {

    static final String HEARD_NOTHING = "We hear nothing: check the input in Settings \u2192 Microphone.";
    private static final System.Logger LOG = System.getLogger(AnswerCapture.class.getName());
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final SpokenAudio audio;
    private final BackgroundRunner runner;
    private final InstantSource clock;
    private final ReadOnlyObjectWrapper<Recorder.State> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper level = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper seconds = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper heardNothing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** The microphone is open for an answer about to start, and nothing is recorded yet. */
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper();
    private final WarmMicrophone warm;
    private final List<PlayerModel> players = new ArrayList<>();
    private Recorder recorder;
    private Object owner;
    private Path file;
    /** The file of an answer's first part, when this recording continues it (an answer resumed after a crash). */
    private Path continues;

    public AnswerCapture(SpokenAudio audio, BackgroundRunner runner, InstantSource clock) {
        this.audio = audio;
        this.runner = runner;
        this.clock = clock;
        this.warm = audio.warmsMicrophone() ? new WarmMicrophone(audio.microphone()) : null;
    }

    /**
     * Keeps the microphone open while {@code soon} (a spoken answer is about to start, or runs): called by
     * the screens with each change and tick. A device may take seconds to deliver its first audio; opened
     * early, the recording has the answer's first words. Nothing heard before the answer is kept.
     */
    public void keepOpen(boolean soon) {
        if (warm == null) {
            return;
        }
        if (soon) {
            warm.warm();
        } else {
            warm.cool();
        }
        waiting.set(soon && recorder == null && warm.isWarm());
    }

    /**
     * Keeps the recording in step with an answer; the screens call this on every tick of their clock.
     * While {@code speaking} (a spoken answer or follow-up runs) it records, pausing with the clock;
     * once the answer is no longer spoken it stops. A recording that failed stays failed until the
     * answer ends: the answer goes on timed only and is not re-recorded in pieces.
     *
     * @param owner    which answer this is (compared with equals); a different one stops the recording of the last
     * @param existing the answer's recording so far (resumed after a crash), continued rather than replaced
     * @return the recording's name while one is made for this answer (to keep in its draft), else null
     */
    public String follow(Object owner, boolean speaking, boolean paused, String existing) {
        boolean same = java.util.Objects.equals(this.owner, owner);
        if (recorder != null && !same) {
            stop();
        }
        if (speaking && recorder == null && !same) {
            start(owner, existing);
        }
        if (recorder == null) {
            return null;
        }
        if (!speaking) {
            String name = nameOf(continues != null ? continues : file);
            stop();
            return name;
        }
        if (paused) {
            recorder.pause();
        } else {
            recorder.resume();
        }
        poll();
        return nameOf(continues != null ? continues : file);
    }

    private void start(Object newOwner, String existing) {
        owner = newOwner;
        message.set("");
        heardNothing.set(false);
        seconds.set(0);
        level.set(0);
        String name = "answer-" + NAME_TIME.format(clock.instant()) + "-"
                + UUID.randomUUID().toString().substring(0, 8) + ".wav";
        try {
            continues = existing == null ? null : audio.folder().fileOf(bare(existing));
        } catch (IllegalArgumentException handEdited) {
            continues = null; // a draft naming a file outside recordings/: record afresh
        }
        file = audio.folder().path().resolve(name);
        recorder = new Recorder(warm != null ? warm.lend() : audio.microphone().get(), file, audio.ticker());
        waiting.set(false);
        recorder.start();
        state.set(Recorder.State.STARTING);
    }

    /** Reads the recorder into the properties: the level, the time recorded, a failure. Cheap; every frame. */
    public void poll() {
        Recorder r = recorder;
        if (r == null) {
            return;
        }
        Recorder.Status s = r.status();
        state.set(s.state());
        level.set(s.state() == Recorder.State.FAILED ? 0 : s.level());
        seconds.set(s.seconds());
        heardNothing.set(s.heardNothing() && s.state() == Recorder.State.RECORDING);
        s.failure().ifPresent(message::set);
    }

    /** Ends the recording now, if one runs; its file is closed in the background and kept. */
    public void stop() {
        Recorder r = recorder;
        if (r == null) {
            return;
        }
        poll();
        recorder = null;
        state.set(null);
        level.set(0);
        Path part = file;
        Path first = continues;
        continues = null;
        runner.run(() -> {
            Recorder.Recording done = r.stop();
            if (first != null && done.file().isPresent()) {
                WavJoin.append(first, part); // a resumed answer plays as one recording
            }
            return done;
        }, done -> done.failure().ifPresent(message::set),
                error -> message.set("The recording could not be finished: " + error.getMessage()));
    }

    /** Forgets which answer was recorded last, so the next answer starts afresh (a new question). */
    public void release() {
        stop();
        owner = null;
        message.set("");
        heardNothing.set(false);
    }

    /**
     * Shows recording {@code name} on {@code card}'s scoring panel once its file is closed: the player at
     * once, the delivery figures when they are measured. An answer whose microphone never opened has
     * no file and shows none.
     */
    public void show(ScoreCard card, String name, int targetSeconds) {
        if (name == null) {
            return;
        }
        Path wav = audio.folder().fileOf(bare(name));
        runner.run(() -> audio.listening().waveforms().waveform(wav).filter(w -> w.durationSeconds() > 0.05),
                found -> found.ifPresent(w -> showPlayer(card, wav, w, targetSeconds)),
                error -> LOG.log(System.Logger.Level.WARNING, "recording not shown: " + error.getMessage()));
    }

    private void showPlayer(ScoreCard card, Path wav, Waveform w, int targetSeconds) {
        PlayerModel player = new PlayerModel(audio.listening().playback().get(), Platform::runLater);
        players.add(player);
        player.show(wav, w);
        card.recordingProperty().set(new AnswerRecording(player, null, targetSeconds));
        runner.run(() -> Optional.of(new SpeechAnalyzer().analyze(wav)), (Optional<DeliveryFigures> f) -> {
            AnswerRecording shown = card.recordingProperty().get();
            if (shown != null && shown.player() == player) {
                card.recordingProperty().set(new AnswerRecording(player, f.get(), targetSeconds));
            }
        }, error -> LOG.log(System.Logger.Level.WARNING, "recording not measured: " + error.getMessage()));
    }

    /** Stops the players of the scoring panels shown so far; the next answer has its own. */
    public void closePlayers() {
        players.forEach(PlayerModel::close);
        players.clear();
    }

    /** Moves a discarded answer's recording to the trash, where an undo finds it and the next start empties it. */
    public void discard(String name) {
        if (name != null) {
            stop();
            Recording r = bare(name);
            runner.run(() -> audio.folder().moveToTrash(r), moved -> { },
                    error -> message.set("The discarded answer's recording could not be moved aside: " + error.getMessage()));
        }
    }

    /** Brings a discarded answer's recording back from the trash (undo). */
    public void restore(String name) {
        if (name != null) {
            Recording r = bare(name);
            runner.run(() -> audio.folder().restoreFromTrash(r), back -> { },
                    error -> message.set("The answer's recording could not be brought back: " + error.getMessage()));
        }
    }

    /** A recording by name alone, not yet anyone's attempt, as the folder's moves and lookups take it. */
    private static Recording bare(String name) {
        return new Recording(0, name, 0, null);
    }

    private String nameOf(Path f) {
        return audio.folder().path().relativize(f).toString().replace('\\', '/');
    }

    /** The recorder's state; null when nothing is being recorded. */
    public ReadOnlyObjectProperty<Recorder.State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The microphone is open, waiting for the answer to start (nothing is recorded yet). */
    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    /** The meter's level, 0..1: the loudness just heard, sinking after a loud moment. */
    public ReadOnlyDoubleProperty levelProperty() {
        return level.getReadOnlyProperty();
    }

    /** Seconds recorded so far (pauses excluded). */
    public ReadOnlyDoubleProperty secondsProperty() {
        return seconds.getReadOnlyProperty();
    }

    /** True once five seconds were recorded without anything above the noise of a quiet room. */
    public ReadOnlyBooleanProperty heardNothingProperty() {
        return heardNothing.getReadOnlyProperty();
    }

    /** Why the answer is timed only (no microphone, busy, lost), for the screen; empty when all is well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
