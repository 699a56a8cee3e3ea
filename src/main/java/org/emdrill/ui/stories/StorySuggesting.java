package org.emdrill.ui.stories;

import java.util.List;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.emdrill.domain.QuestionBank;
import org.emdrill.stories.QuestionSuggestions;
import org.emdrill.stories.Story;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.LatestTask;

/**
 * The questions suggested for the open story. Ranking reads every question of every bank and every word
 * of the story, which took most of a keystroke's time on the FX thread; so typing only restarts a short
 * pause, the ranking runs on the worker, and an older ranking never overwrites a newer one.
 */
final class StorySuggesting {

    /** Long enough to cover a burst of typing, short enough that suggestions follow a finished word. */
    static final Duration PAUSE = Duration.millis(400);

    private final BackgroundRunner runner;
    private final Supplier<Story> story;
    private final Supplier<List<QuestionBank>> banks;
    private final int count;
    private final ObservableList<QuestionSuggestions.Suggestion> suggestions = FXCollections.observableArrayList();
    private final PauseTransition pause = new PauseTransition(PAUSE);
    private final LatestTask latest = new LatestTask();

    StorySuggesting(BackgroundRunner runner, Supplier<Story> story, Supplier<List<QuestionBank>> banks, int count) {
        this.runner = runner;
        this.story = story;
        this.banks = banks;
        this.count = count;
        pause.setOnFinished(e -> refreshNow());
    }

    ObservableList<QuestionSuggestions.Suggestion> list() {
        return suggestions;
    }

    /** The story's text changed: rank again once typing pauses. */
    void later() {
        pause.playFromStart();
    }

    /** Ranks again at once (another story opened, links changed, or the draft is being flushed). */
    void refreshNow() {
        pause.stop();
        Story s = story.get();
        if (s == null) {
            latest.cancel();
            suggestions.clear();
            return;
        }
        List<QuestionBank> loaded = banks.get();
        latest.replace(() -> runner.run(() -> QuestionSuggestions.rank(s, loaded, count), suggestions::setAll,
                e -> suggestions.clear()));
    }

    /** True while typing has not yet been ranked: a flush ranks it so nothing shown is stale. */
    boolean pending() {
        return pause.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }
}
