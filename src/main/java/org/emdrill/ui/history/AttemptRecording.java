package org.emdrill.ui.history;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.emdrill.audio.Waveform;
import org.emdrill.store.recording.Recording;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.DialogService;
import org.emdrill.ui.common.LatestTask;
import org.emdrill.ui.common.PlayerModel;

/**
 * The recording of the attempt opened in the History detail: found and its waveform read in the
 * background, played through one {@link PlayerModel}, and deleted on its own (the attempt stays).
 */
final class AttemptRecording {

    /** A recording ready to show. */
    record Shown(Recording recording, Path file, Waveform waveform) {
    }

    private final HistoryServices services;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final Consumer<String> errors;
    private final PlayerModel player;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();
    private final LatestTask load = new LatestTask();
    private long openedId = -1;

    AttemptRecording(HistoryServices services, BackgroundRunner runner, DialogService dialogs, Consumer<String> errors,
                     Executor fx) {
        this.services = Objects.requireNonNull(services, "services");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.player = new PlayerModel(services.listening().playback().get(), fx);
    }

    PlayerModel player() {
        return player;
    }

    /** The opened attempt's recording; null when it has none (or none is open). */
    ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Opens attempt {@code attemptId}'s recording; a negative id closes it. Reopening the same keeps playing. */
    void open(long attemptId) {
        if (attemptId == openedId && attemptId >= 0) {
            return;
        }
        openedId = attemptId;
        load.cancel();
        show(null);
        if (attemptId < 0) {
            return;
        }
        load.replace(() -> runner.run(() -> services.recordings().find(attemptId).map(r -> withWaveform(services, r)),
                found -> show(found.orElse(null)),
                failure -> errors.accept("Could not open the recording: " + HistoryViewModel.message(failure))));
    }

    /** Asks, then deletes the opened attempt's recording and its file; the attempt keeps everything else. */
    void deleteRecording() {
        Shown s = shown.get();
        if (s == null) {
            return;
        }
        boolean sure = dialogs.confirm(new DialogService.Confirmation("Delete recording",
                "Delete the recording of this answer?",
                "The sound file and its delivery figures are deleted. The attempt, its scores and notes stay.",
                "Delete recording", "Keep it", true));
        if (!sure) {
            return;
        }
        long id = s.recording().attemptId();
        player.clear();
        runner.run(() -> services.recordings().delete(id),
                deleted -> {
                    if (openedId == id) {
                        show(null);
                    }
                },
                failure -> errors.accept("Could not delete the recording: " + HistoryViewModel.message(failure)));
    }

    void close() {
        player.close();
    }

    /** Off the FX thread: measures it if not yet, reads the waveform, or makes a flat one with the stored pauses. */
    static Shown withWaveform(HistoryServices services, Recording found) {
        Recording r = services.recordings().analysed(found);
        Path file = services.recordings().fileOf(r);
        Optional<Waveform> drawn = services.listening().waveforms().waveform(file);
        Waveform w = drawn.orElseGet(() -> new Waveform(r.durationSeconds(), new float[0],
                r.figuresIfAnalysed().map(f -> f.pauses()).orElse(java.util.List.of())));
        return new Shown(r, file, w);
    }

    private void show(Shown s) {
        shown.set(s);
        if (s == null) {
            player.clear();
        } else {
            player.show(s.file(), s.waveform());
        }
    }
}
