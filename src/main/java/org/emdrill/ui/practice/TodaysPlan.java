package org.emdrill.ui.practice;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.emdrill.domain.QuestionBank;
import org.emdrill.insights.SpacedPractice;
import org.emdrill.insights.WeakestDimension;
import org.emdrill.practice.schedule.PracticePlan;
import org.emdrill.practice.schedule.WeakestArea;
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

    /** Starts today's queue: the due questions, then the new ones allowed today. */
    public void practiseDue() {
        var o = overview.get();
        if (o != null && !o.plan().queue().isEmpty()) {
            state.requestPractice(new PracticeRequest(queueName(o.plan()), o.plan().queue()));
        }
    }

    /** What the start button says it will do: due questions when there are some, else the new ones. */
    public static String startLabel(PracticePlan plan) {
        if (plan.dueCount() > 0) {
            return "Practise " + plan.dueCount() + (plan.dueCount() == 1 ? " due question" : " due questions");
        }
        if (plan.newCount() > 0) {
            return "Start " + plan.newCount() + (plan.newCount() == 1 ? " new question" : " new questions");
        }
        return "Nothing due today";
    }

    /** The practice's name, as the run and History show it: only due questions are called due. */
    static String queueName(PracticePlan plan) {
        if (plan.dueCount() == 0) {
            return "New today";
        }
        return plan.newCount() == 0 ? "Due today" : "Due and new today";
    }

    /** The second button and its practice: the weakest dimension once known, else the one with fewest scores. */
    public static String weakestButton(WeakestArea w) {
        return w.known() ? "Practise my weakest dimension" : "Practise " + w.dimension().displayName();
    }

    static String weakestName(WeakestArea w) {
        return (w.known() ? "Weakest: " : "Fewest scores: ") + w.dimension().displayName();
    }

    /** The card's line about the weakest dimension. */
    public static String weakestLine(WeakestArea w) {
        if (w.known()) {
            return "Weakest so far: " + w.dimension().displayName()
                    + String.format(java.util.Locale.ROOT, " (%.1f)", w.average().getAsDouble());
        }
        return "No weakest dimension yet: each needs " + WeakestDimension.MIN_SCORES + " scores ("
                + w.dimension().displayName() + " has " + w.scoreCount() + ")";
    }

    public void practiseWeakest() {
        var o = overview.get();
        if (o != null) {
            state.requestPractice(new PracticeRequest(weakestName(o.weakest()), o.weakest().questions()));
        }
    }
}
