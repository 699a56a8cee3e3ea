package org.emdrill.ui.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emdrill.audio.AudioSource;
import org.emdrill.audio.MicrophoneTrial;
import org.emdrill.audio.Recorder;
import org.emdrill.audio.playback.Playback;
import org.emdrill.settings.MicrophoneChoice;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;

/**
 * Settings → Microphone: which input spoken answers are recorded from (saved as {@link MicrophoneChoice}
 * in the settings), and "Test microphone": {@value MicrophoneTrial#SECONDS} seconds recorded with a live
 * meter, then played back, then deleted. Opening the device, stopping the recorder and deleting the file run
 * through the {@link BackgroundRunner}; the view calls {@link #poll()} every frame while {@link #pollingProperty()}
 * is true, which only reads the recorder's status.
 */
public final class MicrophoneModel {

    /** Where the test is. */
    public enum Phase { IDLE, STARTING, RECORDING, PLAYING }

    /** How to reach the microphone and the speakers, and where the test's file goes. */
    public record Devices(Supplier<List<String>> inputs, Function<MicrophoneChoice, AudioSource> sources,
                          Supplier<Playback> playback, Path tempFolder, LongSupplier ticker) {
        public Devices {
            Objects.requireNonNull(inputs);
            Objects.requireNonNull(sources);
            Objects.requireNonNull(playback);
            Objects.requireNonNull(tempFolder);
            Objects.requireNonNull(ticker);
        }
    }

    static final String HEARD = "Played back. If you heard yourself clearly, the microphone works.";
    static final String SILENT = "The microphone sent only silence. Check it is switched on and not muted, or"
            + " choose another input, and test again.";

    private final AppState state;
    private final BackgroundRunner runner;
    private final Executor fx;
    private final Devices devices;
    private final ObservableList<MicrophoneChoice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<MicrophoneChoice> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.IDLE);
    private final ReadOnlyBooleanWrapper polling = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper level = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper();
    private List<String> connected = List.of();
    private MicrophoneTrial trial;
    private Playback playback;

    /** @param fx where the playback's events are handed over (the FX thread in the app) */
    public MicrophoneModel(AppState state, BackgroundRunner runner, Executor fx, Devices devices) {
        this.state = Objects.requireNonNull(state);
        this.runner = Objects.requireNonNull(runner);
        this.fx = Objects.requireNonNull(fx);
        this.devices = Objects.requireNonNull(devices);
        showChoices();
        state.settingsProperty().addListener((obs, was, is) -> {
            if (!is.microphone().equals(was.microphone())) {
                showChoices();
            }
        });
        selected.addListener((obs, was, is) -> {
            if (is != null && !is.equals(state.settings().microphone())) {
                state.settingsProperty().set(state.settings().withMicrophone(is));
            }
        });
        loadInputs();
    }

    /** "System default" first, then every input that can record, then a saved one that is not connected now. */
    public ObservableList<MicrophoneChoice> choices() {
        return choices;
    }

    public ObjectProperty<MicrophoneChoice> selectedProperty() {
        return selected;
    }

    /** The chosen input is saved but not connected now. */
    public boolean isMissing(MicrophoneChoice c) {
        return c != null && !c.isSystemDefault() && !connected.contains(c.deviceName());
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** True while the recorder is opening or recording: the view polls then. */
    public ReadOnlyBooleanProperty pollingProperty() {
        return polling.getReadOnlyProperty();
    }

    /** The live meter, 0..1. */
    public ReadOnlyDoubleProperty levelProperty() {
        return level.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The message says something went wrong (shown as a warning). */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Lists the inputs again (a microphone plugged in since). */
    public void loadInputs() {
        runner.run(() -> devices.inputs().get(), names -> {
            connected = List.copyOf(names);
            showChoices();
        }, error -> say("The list of inputs could not be read: " + error.getMessage(), true));
    }

    public void testMicrophone() {
        if (phase.get() != Phase.IDLE) {
            return;
        }
        MicrophoneChoice choice = selected.get() == null ? MicrophoneChoice.SYSTEM_DEFAULT : selected.get();
        MicrophoneTrial t = new MicrophoneTrial(devices.sources().apply(choice), devices.tempFolder(), devices.ticker());
        trial = t;
        phase.set(Phase.STARTING);
        level.set(0);
        say("Opening " + (choice.isSystemDefault() ? "the system's default input" : "\"" + choice.label() + "\"") + "…", false);
        runner.run(() -> {
            t.start();
            return null;
        }, ok -> polling.set(true), error -> end("The test recording could not be made: " + error.getMessage(), true));
    }

    /** Reads the recorder's status; ends the recording once it has its seconds or has failed. */
    public void poll() {
        MicrophoneTrial t = trial;
        if (!polling.get() || t == null) {
            return;
        }
        Recorder.Status s = t.status();
        level.set(s.level());
        if (s.state() == Recorder.State.RECORDING && phase.get() == Phase.STARTING) {
            phase.set(Phase.RECORDING);
        }
        if (phase.get() == Phase.RECORDING) {
            long left = Math.max(1, (long) Math.ceil(MicrophoneTrial.SECONDS - s.seconds()));
            say("Recording… say a sentence or two (" + left + " s left).", false);
        }
        if (t.isOver()) {
            polling.set(false);
            runner.run(t::finish, this::playBack, error -> end("The test recording failed: " + error.getMessage(), true));
        }
    }

    private void playBack(MicrophoneTrial.Result result) {
        level.set(0);
        if (result.failure().isPresent() || result.file().isEmpty()) {
            end(result.failure().orElse("Nothing was recorded. Check the microphone and test again."), true);
            return;
        }
        boolean heard = result.heardSomething();
        Playback p = devices.playback().get();
        playback = p;
        p.listener(new Playback.Listener() {
            @Override
            public void ended() {
                fx.execute(() -> end(heard ? HEARD : SILENT, !heard));
            }

            @Override
            public void failed(String why) {
                fx.execute(() -> end("The test was recorded but could not be played back: " + why, true));
            }
        });
        phase.set(Phase.PLAYING);
        say("Playing back what was recorded…", false);
        p.load(result.file().get(), result.seconds());
        p.play();
    }

    /** Back to idle with {@code text}; the playback is closed and the temporary WAV deleted. */
    private void end(String text, boolean isProblem) {
        if (phase.get() == Phase.IDLE) {
            return; // ended and failed can both arrive
        }
        polling.set(false);
        Playback p = playback;
        playback = null;
        MicrophoneTrial t = trial;
        trial = null;
        phase.set(Phase.IDLE);
        level.set(0);
        say(text, isProblem);
        runner.fireAndForget(() -> {
            if (p != null) {
                p.close();
            }
            if (t != null) {
                t.discard();
            }
            return null;
        });
    }

    private void say(String text, boolean isProblem) {
        message.set(text);
        problem.set(isProblem);
    }

    private void showChoices() {
        MicrophoneChoice saved = state.settings().microphone();
        List<MicrophoneChoice> all = new ArrayList<>();
        all.add(MicrophoneChoice.SYSTEM_DEFAULT);
        connected.forEach(n -> all.add(new MicrophoneChoice(n)));
        if (!all.contains(saved)) {
            all.add(saved);
        }
        choices.setAll(all);
        selected.set(saved);
    }
}
