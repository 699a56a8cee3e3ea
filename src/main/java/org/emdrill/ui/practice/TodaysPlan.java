package org.emdrill.ui.practice;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.emdrill.domain.QuestionBank;
import org.emdrill.insights.SpacedPractice;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.PracticeRequest;

/**
 * The Practice set-up's card of spaced review: what is due today, new questions, the weakest dimension,
 * and one-click practices of each. Kept fresh as banks, attempts and the daily limit change.
 */
public final class TodaysPlan {

    private static final System.Logger LOG = System.getLogger(TodaysPlan.class.getName());

    private final AppState state;
    private final BackgroundRunner runner;
    private final SpacedPractice spaced;
    private final ReadOnlyObjectWrapper<SpacedPractice.Overview> overview = new ReadOnlyObjectWrapper<>();

    TodaysPlan(AppState state, BackgroundRunner runner, SpacedPractice spaced) {
        this.state = state;
        this.runner = runner;
        this.spaced = spaced;
        state.libraryProperty().addListener((obs, was, is) -> refresh());
        state.attemptsChangedProperty().addListener((obs, was, is) -> refresh());
        state.settingsProperty().addListener((obs, was, is) -> {
            if (was == null || was.dailyNewLimit() != is.dailyNewLimit()) {
                refresh();
            }
        });
        refresh();
    }

    /** Today's due and new questions and the weakest dimension; null until first loaded. */
    public ReadOnlyObjectProperty<SpacedPractice.Overview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    private void refresh() {
        List<QuestionBank> loaded = state.library().banks();
        int limit = state.settings().dailyNewLimit();
        runner.run(() -> spaced.overview(loaded, limit), overview::set,
                error -> LOG.log(System.Logger.Level.WARNING, "today's plan not loaded: " + error.getMessage()));
    }

    public void practiseDue() {
        var o = overview.get();
        if (o != null) {
            state.requestPractice(new PracticeRequest("Due today", o.plan().queue()));
        }
    }

    public void practiseWeakest() {
        var o = overview.get();
        if (o != null) {
            state.requestPractice(new PracticeRequest("Weakest: " + o.weakest().dimension().displayName(),
                    o.weakest().questions()));
        }
    }
}
