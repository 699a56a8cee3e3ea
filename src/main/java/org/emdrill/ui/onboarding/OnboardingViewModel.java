package org.emdrill.ui.onboarding;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.emdrill.domain.QuestionLevel;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.settings.Settings;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.PracticeRequest;

/**
 * The welcome guide: which page is showing, moving between pages, and what happens at the end. Finishing
 * or skipping remembers in the settings that the guide was seen, so it opens by itself only once.
 */
public final class OnboardingViewModel {

    private final AppState state;
    private final Runnable close;
    private final List<WelcomePage> pages;
    private final IntegerProperty index = new SimpleIntegerProperty(0);
    private final ObjectBinding<WelcomePage> page;
    private final Optional<QueuedQuestion> firstQuestion;

    /**
     * @param dataFolder the data folder as the user should see it
     * @param close called when the guide is done, to put the previous screen back
     */
    public OnboardingViewModel(AppState state, String dataFolder, Runnable close) {
        this.state = Objects.requireNonNull(state);
        this.close = Objects.requireNonNull(close);
        Settings s = state.settings();
        this.pages = WelcomeContent.pages(dataFolder, s.prepSeconds(), s.dailyNewLimit());
        this.page = Bindings.createObjectBinding(() -> pages.get(index.get()), index);
        this.firstQuestion = pickFirstQuestion();
    }

    public List<WelcomePage> pages() {
        return pages;
    }

    public ObjectBinding<WelcomePage> pageProperty() {
        return page;
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index;
    }

    public BooleanBinding firstPageProperty() {
        return index.isEqualTo(0);
    }

    public BooleanBinding lastPageProperty() {
        return index.isEqualTo(pages.size() - 1);
    }

    public StringBinding stepTextProperty() {
        return Bindings.createStringBinding(() -> "Page " + (index.get() + 1) + " of " + pages.size(), index);
    }

    public void next() {
        if (index.get() < pages.size() - 1) {
            index.set(index.get() + 1);
        }
    }

    public void back() {
        if (index.get() > 0) {
            index.set(index.get() - 1);
        }
    }

    public void goTo(int i) {
        index.set(Math.max(0, Math.min(pages.size() - 1, i)));
    }

    /** The question the last page offers: an approachable one, pitched at a new manager where possible. */
    public Optional<QueuedQuestion> firstQuestion() {
        return firstQuestion;
    }

    /** Closes the guide without starting anything. */
    public void skip() {
        markSeen();
        close.run();
    }

    /** Closes the guide and starts a practice of the offered question. */
    public void startFirstQuestion() {
        markSeen();
        close.run();
        firstQuestion.ifPresent(q -> state.requestPractice(new PracticeRequest("First question", List.of(q))));
    }

    private void markSeen() {
        Settings s = state.settings();
        if (!s.preferences().welcomeSeen()) {
            state.settingsProperty().set(s.withPreferences(s.preferences().withWelcomeSeen(true)));
        }
    }

    private Optional<QueuedQuestion> pickFirstQuestion() {
        // Library order is stable; the first bank's first new-manager question with the fewest follow-ups
        // keeps a first attempt short.
        return state.library().banks().stream()
                .flatMap(b -> b.questions().stream().map(q -> new QueuedQuestion(b, q)))
                .min(Comparator.<QueuedQuestion>comparingInt(q -> q.question().level() == QuestionLevel.NEW_MANAGER ? 0 : 1)
                        .thenComparingInt(q -> q.question().followUps().size()));
    }
}
