package org.emdrill.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emdrill.domain.Question;
import org.emdrill.stories.Story;
import org.emdrill.stories.StoryPicks;

/**
 * "Story you will tell" while a question is answered, in Practice and in a mock interview: the user's stories ordered for the question on
 * screen ({@link StoryPicks}), with "No story" first, and the one picked. The pick goes into the draft and
 * is saved with the attempt. Stories are read on the worker each time a question is shown, so one written
 * meanwhile on the Stories screen is offered; a picked story that has since been deleted is dropped with a
 * short note, never with an error (the answer itself is untouched).
 */
public final class StoryChoice {

    /** One entry of the list; {@code storyId} is null for "No story". */
    public record Option(String storyId, String title, String group) {
        public static final Option NONE = new Option(null, "No story", "");

        /** What the list shows: the title with why it is offered. */
        @Override
        public String toString() {
            return group.isEmpty() ? title : title + "  \u00b7 " + group;
        }
    }

    private final BackgroundRunner runner;
    private final Supplier<List<Story>> stories;
    private final Runnable changed;
    private final ObservableList<Option> options = FXCollections.observableArrayList(Option.NONE);
    private final ObjectProperty<Option> chosen = new SimpleObjectProperty<>(Option.NONE);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private Question question;
    private int generation;
    private boolean filling;

    /** @param changed called when the user picks another story (the draft is then written again) */
    public StoryChoice(BackgroundRunner runner, Supplier<List<Story>> stories, Runnable changed) {
        this.runner = runner;
        this.stories = stories;
        this.changed = changed;
        chosen.addListener((obs, was, is) -> {
            if (is == null) {
                chosen.set(Option.NONE); // a cleared combo box means "No story"
            } else if (!filling && !Objects.equals(was == null ? null : was.storyId(), is.storyId())) {
                note.set("");
                changed.run();
            }
        });
    }

    /** Offers the stories for {@code question}, keeping {@code keepId} picked when that story still exists. */
    public void offerFor(Question question, String keepId) {
        this.question = question;
        fill(List.of(Option.NONE), Option.NONE);
        load(keepId);
    }

    /** Reads the stories again (the list is opened), keeping the pick: one written meanwhile is offered. */
    public void refresh() {
        if (question != null) {
            load(chosenId());
        }
    }

    private void load(String keepId) {
        Question question = this.question;
        int mine = ++generation;
        runner.run(stories::get, found -> {
            if (mine == generation) {
                show(question, found, keepId);
            }
        }, error -> {
            if (mine == generation) {
                note.set("Your stories could not be read just now; you can still answer without one.");
            }
        });
    }

    private void show(Question question, List<Story> found, String keepId) {
        List<Option> list = new ArrayList<>();
        list.add(Option.NONE);
        Option keep = Option.NONE;
        for (StoryPicks.Pick p : StoryPicks.forQuestion(question, found.stream().filter(Story::hasText).toList())) {
            Option o = new Option(p.story().id(), p.story().displayTitle(), p.fit().label());
            list.add(o);
            if (o.storyId().equals(keepId)) {
                keep = o;
            }
        }
        fill(list, keep);
        if (keepId != null && keep == Option.NONE) {
            note.set("The story you had picked is no longer in My stories, so this answer has none for now.");
            changed.run(); // the draft forgets the story that is gone
        } else {
            note.set("");
        }
    }

    private void fill(List<Option> list, Option pick) {
        filling = true;
        try {
            options.setAll(list);
            chosen.set(pick);
        } finally {
            filling = false;
        }
    }

    /** Back to "No story" with nothing offered, when no question is on screen. */
    public void clear() {
        generation++;
        question = null;
        fill(List.of(Option.NONE), Option.NONE);
        note.set("");
    }

    /** The id of the story picked, null for none. */
    public String chosenId() {
        Option o = chosen.get();
        return o == null ? null : o.storyId();
    }

    public ObservableList<Option> options() {
        return options;
    }

    public ObjectProperty<Option> chosenProperty() {
        return chosen;
    }

    /** A calm word about the pick (a deleted story, stories that could not be read); empty otherwise. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
