package org.emdrill.ui.history;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.emdrill.domain.Attempt;
import org.emdrill.store.StoredAttempt;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.LatestTask;

/**
 * The attempt opened in the History detail: loading its full record in the background, re-wording it
 * when the rubric or the banks change, and taking in a revision saved by the {@link RevisionEditor}.
 */
final class OpenedAttempt {

    private final HistoryServices services;
    private final BackgroundRunner runner;
    private final AppState state;
    private final Consumer<String> errors;
    /** Called when the opened attempt turns out to be gone, so the list catches up. */
    private final Runnable listOutOfDate;
    /** Told the id of the story told in the opened attempt, or null. */
    private final Consumer<String> storyToldId;
    private RevisionEditor editor;

    private final ReadOnlyObjectWrapper<AttemptDetail> detail = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyStringWrapper storyTold = new javafx.beans.property.ReadOnlyStringWrapper("");
    /** The attempt behind {@link #detail}, kept to re-word the detail when the rubric changes. */
    private OpenAttempt openAttempt;
    /** The detail load; a new selection cancels it, so a slow load never shows an attempt no longer selected. */
    private final LatestTask detailLoad = new LatestTask();

    OpenedAttempt(HistoryServices services, BackgroundRunner runner, AppState state, Consumer<String> errors,
                  Runnable listOutOfDate, Consumer<String> storyToldId) {
        this.services = Objects.requireNonNull(services, "services");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.state = Objects.requireNonNull(state, "state");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.listOutOfDate = Objects.requireNonNull(listOutOfDate, "listOutOfDate");
        this.storyToldId = Objects.requireNonNull(storyToldId, "storyToldId");
        state.rubricProperty().addListener((obs, old, now) -> reword());
        // A bank edited or removed changes the question's answer guide shown beside the attempt.
        state.libraryProperty().addListener((obs, old, now) -> reword());
    }

    /** The editor is made with {@link #revised} as its callback, so it is handed in after construction. */
    void useEditor(RevisionEditor revisionEditor) {
        this.editor = Objects.requireNonNull(revisionEditor, "revisionEditor");
    }

    /** The opened attempt, or null while none is selected (or it is still loading). */
    ReadOnlyObjectProperty<AttemptDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The title of the story told in the opened attempt; empty when none was picked (or it was deleted). */
    javafx.beans.property.ReadOnlyStringProperty storyToldProperty() {
        return storyTold.getReadOnlyProperty();
    }

    /** Loads {@code row}'s full record into the detail; null closes the detail. */
    void open(HistoryRow row) {
        detailLoad.cancel();
        editor.cancel();
        if (row == null) {
            openAttempt = null;
            storyToldId.accept(null);
            detail.set(null);
            return;
        }
        if (detail.get() != null && detail.get().id() != row.id()) {
            detail.set(null);
        }
        detailLoad.replace(() -> runner.run(() -> {
                    Optional<StoredAttempt> found = services.stored().find(row.id());
                    int atQuestion = found.map(s -> services.search().countAtQuestion(s.attempt().questionId()))
                            .orElse(0);
                    org.emdrill.stories.Story story = found.isEmpty() ? null
                            : services.stored().storyTold(row.id()).orElse(null);
                    return found.map(s -> new OpenAttempt(s.attempt(), s.revisedAt(), atQuestion,
                            story == null ? "" : story.displayTitle(), story == null ? null : story.id(), s.ticks()));
                },
                found -> {
                    openAttempt = found.orElse(null);
                    reword();
                    if (found.isEmpty()) {
                        // Deleted elsewhere since the list was loaded: bring the list up to date.
                        listOutOfDate.run();
                    }
                },
                failure -> errors.accept("Could not open the attempt: " + HistoryViewModel.message(failure))));
    }

    /** Starts revising the opened attempt's scores, STAR marks and notes. */
    void edit() {
        if (openAttempt != null && !editor.isEditing()) {
            editor.begin(openAttempt.attempt(), state.library());
        }
    }

    /** A revision was saved: the detail shows it if it is the opened attempt, and other screens hear of it. */
    void revised(Attempt attempt, Instant when) {
        if (openAttempt != null && openAttempt.attempt().id() == attempt.id()) {
            openAttempt = new OpenAttempt(attempt, when, openAttempt.attemptsAtQuestion(), openAttempt.storyTold(),
                    openAttempt.storyId(), openAttempt.ticks());
            reword();
        }
        state.attemptSaved();
    }

    private void reword() {
        storyTold.set(openAttempt == null ? "" : openAttempt.storyTold()); // before the detail, which redraws
        storyToldId.accept(openAttempt == null ? null : openAttempt.storyId());
        detail.set(openAttempt == null ? null : AttemptDetail.of(openAttempt.attempt(), state.rubric(),
                state.library(), openAttempt.revisedAt(), openAttempt.attemptsAtQuestion(), openAttempt.ticks()));
    }

    /** The opened attempt with what the detail needs beyond the attempt itself. */
    private record OpenAttempt(Attempt attempt, Instant revisedAt, int attemptsAtQuestion, String storyTold,
            String storyId, org.emdrill.domain.SignalTicks ticks) {
    }
}
