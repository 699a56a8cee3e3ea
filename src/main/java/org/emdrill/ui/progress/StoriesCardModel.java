package org.emdrill.ui.progress;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emdrill.stories.Story;
import org.emdrill.stories.StoryReport;
import org.emdrill.stories.StoryUsage;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.LatestTask;

/**
 * The "Stories" card's data: each story with its tellings and averages ({@link StoryReport}), read on
 * the worker when Progress opens and again after every saved or changed attempt. Kept apart from
 * {@link ProgressViewModel}: the card has its own source (the stories) and its own empty state.
 */
public final class StoriesCardModel {

    private final Callable<List<Story>> stories;
    private final Callable<List<StoryUsage.Telling>> tellings;
    private final BackgroundRunner runner;
    private final ObservableList<StoryReport.Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private final LatestTask load = new LatestTask();
    /** Read once already: from then on every saved attempt reads again (before, the card is not on screen). */
    private boolean started;

    public StoriesCardModel(AppState state, BackgroundRunner runner, Callable<List<Story>> stories,
            Callable<List<StoryUsage.Telling>> tellings) {
        this.runner = runner;
        this.stories = stories;
        this.tellings = tellings;
        state.attemptsChangedProperty().addListener((obs, was, is) -> {
            if (started) {
                refresh();
            }
        });
    }

    /** Reads the stories and how they were told, in the background. */
    public void refresh() {
        started = true;
        load.replace(() -> runner.run(() -> StoryReport.of(stories.call(), StoryUsage.summarise(tellings.call())),
                read -> {
                    failed.set(false);
                    lines.setAll(read);
                    loaded.set(true);
                }, error -> failed.set(true)));
    }

    /** Most told first; empty when the user has no stories. */
    public ObservableList<StoryReport.Line> lines() {
        return lines;
    }

    /** True once the first read has arrived, so "no stories" is not said while still reading. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True when the last read failed; the card says so instead of showing old or no lines. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
