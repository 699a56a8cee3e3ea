package org.emdrill.ui.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emdrill.stories.Story;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.LatestTask;

/**
 * The stories on the History screen: the choices of the "Story" filter (any story, then each of the
 * user's stories by title, read on the worker when the screen opens and after every saved attempt),
 * and the story told in the opened attempt, which "Open story" shows in My stories.
 */
public final class HistoryStories {

    static final String ANY = "Any story";

    private final Callable<List<Story>> source;
    private final BackgroundRunner runner;
    private final AppState state;
    /** Story ids, null first for "any story". */
    private final ObservableList<String> choices = FXCollections.observableArrayList((String) null);
    private final Map<String, String> titles = new HashMap<>();
    private final ReadOnlyObjectWrapper<String> told = new ReadOnlyObjectWrapper<>();
    private final LatestTask load = new LatestTask();

    HistoryStories(Callable<List<Story>> source, BackgroundRunner runner, AppState state) {
        this.source = source;
        this.runner = runner;
        this.state = state;
        // A story written or renamed on My stories meanwhile is offered when an attempt is saved or changed.
        state.attemptsChangedProperty().addListener((obs, was, is) -> reload());
    }

    /** Reads the stories again; a story picked in the filter stays picked while it exists. */
    public void reload() {
        load.replace(() -> runner.run(source, found -> {
            List<String> ids = new ArrayList<>();
            ids.add(null);
            titles.clear();
            for (Story s : found) {
                if (s.hasText()) { // an untitled story with nothing written is nothing to filter by
                    ids.add(s.id());
                }
                titles.put(s.id(), s.displayTitle());
            }
            choices.setAll(ids);
        }, error -> System.getLogger(HistoryStories.class.getName()).log(System.Logger.Level.WARNING,
                "stories for the History filter not read: " + error.getMessage())));
    }

    /** The ids to filter by, null ("any story") first. */
    public ObservableList<String> choices() {
        return choices;
    }

    /** What the filter shows for {@code id}: its title, or "Any story" for null. */
    public String title(String id) {
        return id == null ? ANY : titles.getOrDefault(id, "A deleted story");
    }

    /** The id of the story told in the opened attempt; null when it told none (or that story was deleted). */
    public ReadOnlyObjectProperty<String> toldProperty() {
        return told.getReadOnlyProperty();
    }

    void toldInOpened(String storyId) {
        told.set(storyId);
    }

    /** Shows the story told in the opened attempt in My stories (the window switches there). */
    public void openTold() {
        String id = told.get();
        if (id != null) {
            state.requestStory(null); // the same story asked twice must still be a change
            state.requestStory(id);
        }
    }
}
