package org.emdrill.ui.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emdrill.store.AttemptSearch;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.LatestTask;
import org.emdrill.ui.common.PlayerModel;

/**
 * The compare view: every attempt at one question side by side, oldest first, to see an answer
 * getting better. An attempt with a recording gets its own player, so two deliveries can be heard in turn;
 * starting one pauses the others.
 */
public final class CompareModel {

    private final AttemptSearch search;
    private final HistoryServices services;
    private final BackgroundRunner runner;
    private final Consumer<String> onError;
    private final Executor fx;
    /** The players of the compared attempts that have a recording, by attempt id. */
    private final Map<Long, PlayerModel> players = new LinkedHashMap<>();

    /** What the background load hands over: the columns and the recordings among them. */
    private record Loaded(List<CompareColumn> columns, List<AttemptRecording.Shown> recordings) {
    }

    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<CompareColumn> columns = FXCollections.observableArrayList();
    private final ObservableList<CompareColumn> readOnlyColumns = FXCollections.unmodifiableObservableList(columns);
    /** The attempts being loaded; closing or comparing another question cancels it. */
    private final LatestTask load = new LatestTask();

    CompareModel(HistoryServices services, BackgroundRunner runner, Consumer<String> onError, Executor fx) {
        this.services = Objects.requireNonNull(services, "services");
        this.search = services.search();
        this.runner = Objects.requireNonNull(runner, "runner");
        this.onError = Objects.requireNonNull(onError, "onError");
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    /** The player of attempt {@code attemptId} in the compare view; empty when it has no recording. */
    public Optional<PlayerModel> player(long attemptId) {
        return Optional.ofNullable(players.get(attemptId));
    }

    /** True while the compare view replaces the list. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The question compared. */
    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    /** "4 attempts, oldest first", or a hint when there is only one. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The attempts, oldest first. */
    public ObservableList<CompareColumn> columns() {
        return readOnlyColumns;
    }

    /** Shows every attempt at {@code questionId}; {@code currentId} is marked as the one opened. */
    void show(String questionId, String questionPrompt, long currentId) {
        prompt.set(questionPrompt);
        summary.set("Loading the attempts…");
        columns.clear();
        closePlayers();
        showing.set(true);
        loading.set(true);
        load.replace(() -> runner.run(() -> load(questionId, currentId),
                loaded -> {
                    loading.set(false);
                    loaded.recordings().forEach(this::addPlayer);
                    columns.setAll(loaded.columns());
                    summary.set(describe(loaded.columns().size()));
                },
                failure -> {
                    loading.set(false);
                    close();
                    onError.accept("Could not compare the attempts: " + HistoryViewModel.message(failure));
                }));
    }

    /** Back to the list. */
    public void close() {
        load.cancel();
        showing.set(false);
        columns.clear();
        closePlayers();
    }

    /** Off the FX thread: the attempts, then each one's recording with its waveform. */
    private Loaded load(String questionId, long currentId) {
        List<CompareColumn> loaded = CompareColumn.of(search.attemptsAtQuestion(questionId), currentId);
        List<AttemptRecording.Shown> sounds = new java.util.ArrayList<>();
        for (CompareColumn c : loaded) {
            services.recordings().find(c.id()).map(r -> AttemptRecording.withWaveform(services, r)).ifPresent(sounds::add);
        }
        return new Loaded(loaded, sounds);
    }

    private void addPlayer(AttemptRecording.Shown shown) {
        PlayerModel player = new PlayerModel(services.listening().playback().get(), fx);
        player.show(shown.file(), shown.waveform());
        // Two voices at once help nobody: starting one attempt's recording pauses the others.
        player.playingProperty().addListener((obs, was, now) -> {
            if (now) {
                players.values().stream().filter(p -> p != player && p.playingProperty().get())
                        .forEach(PlayerModel::togglePlay);
            }
        });
        players.put(shown.recording().attemptId(), player);
    }

    private void closePlayers() {
        players.values().forEach(PlayerModel::close);
        players.clear();
    }

    private static String describe(int count) {
        if (count <= 1) {
            return "Only one attempt at this question so far — answer it again to see the two side by side.";
        }
        return count + " attempts, oldest first";
    }
}
