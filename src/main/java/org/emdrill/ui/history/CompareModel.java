package org.emdrill.ui.history;

import java.util.Objects;
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

/**
 * The compare view: every attempt at one question side by side, oldest first, to see an answer
 * getting better.
 */
public final class CompareModel {

    private final AttemptSearch search;
    private final BackgroundRunner runner;
    private final Consumer<String> onError;

    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<CompareColumn> columns = FXCollections.observableArrayList();
    private final ObservableList<CompareColumn> readOnlyColumns = FXCollections.unmodifiableObservableList(columns);
    /** The attempts being loaded; closing or comparing another question cancels it. */
    private final LatestTask load = new LatestTask();

    CompareModel(AttemptSearch search, BackgroundRunner runner, Consumer<String> onError) {
        this.search = Objects.requireNonNull(search, "search");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.onError = Objects.requireNonNull(onError, "onError");
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
        showing.set(true);
        loading.set(true);
        load.replace(() -> runner.run(() -> CompareColumn.of(search.attemptsAtQuestion(questionId), currentId),
                loaded -> {
                    loading.set(false);
                    columns.setAll(loaded);
                    summary.set(describe(loaded.size()));
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
    }

    private static String describe(int count) {
        if (count <= 1) {
            return "Only one attempt at this question so far — answer it again to see the two side by side.";
        }
        return count + " attempts, oldest first";
    }
}
