package org.emdrill.ui.history;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emdrill.domain.Attempt;
import org.emdrill.store.AttemptRepository;
import org.emdrill.store.AttemptSummary;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;

/**
 * The History screen's state: a page-wise list of past attempts (newest first), the one opened in
 * the detail pane, and deleting. All reads and writes run through the {@link BackgroundRunner}; the
 * results land here on the FX thread. Call {@link #refresh()} once to load the first page; after that
 * the list follows {@link AppState#attemptsChangedProperty()} by itself.
 */
public final class HistoryViewModel {

    /** Enough rows to scroll a long way; the table draws only what is visible, so this stays quick. */
    static final int PAGE_SIZE = 500;

    private final AttemptRepository attempts;
    private final BackgroundRunner runner;
    private final AppState state;
    private final ConfirmDialog confirmDialog;
    private final int pageSize;

    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<HistoryRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<HistoryRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AttemptDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper();

    /** The attempt behind {@link #detail}, kept to re-word the detail when the rubric changes. */
    private Attempt openAttempt;
    /** Bumped by every refresh, so a page that arrives after a newer refresh was asked for is dropped. */
    private long listGeneration;
    /** Bumped by every selection, so a slow detail load never shows an attempt no longer selected. */
    private long detailGeneration;
    private boolean loadingMore;
    /** Where the selection goes after a delete: the row that took the deleted row's place. */
    private int selectIndexAfterDelete = -1;
    /** True while the rows are being replaced, when the table briefly reports "nothing selected". */
    private boolean replacingRows;

    public HistoryViewModel(AttemptRepository attempts, BackgroundRunner runner, AppState state) {
        this(attempts, runner, state, new AlertConfirmDialog());
    }

    public HistoryViewModel(AttemptRepository attempts, BackgroundRunner runner, AppState state,
                            ConfirmDialog confirmDialog) {
        this(attempts, runner, state, confirmDialog, PAGE_SIZE);
    }

    HistoryViewModel(AttemptRepository attempts, BackgroundRunner runner, AppState state,
                     ConfirmDialog confirmDialog, int pageSize) {
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.state = Objects.requireNonNull(state, "state");
        this.confirmDialog = Objects.requireNonNull(confirmDialog, "confirmDialog");
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive: " + pageSize);
        }
        this.pageSize = pageSize;
        empty.bind(Bindings.createBooleanBinding(() -> loaded.get() && total.get() == 0, loaded, total));
        hasMore.bind(Bindings.createBooleanBinding(() -> rows.size() < total.get(), rows, total));
        countText.bind(Bindings.createStringBinding(this::describeCount, rows, total, loaded));
        state.attemptsChangedProperty().addListener((obs, old, now) -> refresh());
        state.rubricProperty().addListener((obs, old, now) -> reword());
    }

    // ---- what the view shows

    /** The loaded rows, newest first. */
    public ObservableList<HistoryRow> rows() {
        return readOnlyRows;
    }

    /** How many attempts are stored, loaded or not. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** "12 attempts", "Showing 500 of 1,234 attempts" while not all are loaded, "No attempts yet". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True once a load has finished and found no attempts at all. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** True while older attempts are stored than are loaded. */
    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<HistoryRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The opened attempt, or null while none is selected (or it is still loading). */
    public ReadOnlyObjectProperty<AttemptDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** What went wrong with the last load or delete, empty when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    // ---- what the user does

    /** Reloads the list from the start, keeping as many rows as are shown and the selection. */
    public void refresh() {
        long generation = ++listGeneration;
        int limit = Math.max(pageSize, rows.size());
        loading.set(true);
        loadingMore = false;
        runner.run(() -> new Page(rowsOf(attempts.listNewestFirst(limit, 0)), attempts.count()),
                page -> {
                    if (generation == listGeneration) {
                        showFirstPage(page);
                    }
                },
                failure -> {
                    if (generation == listGeneration) {
                        loading.set(false);
                        error.set("Could not load your history: " + message(failure));
                    }
                });
    }

    /** Appends the next page of older attempts; does nothing when all are loaded or a load is running. */
    public void loadMore() {
        if (!hasMore.get() || loadingMore || loading.get()) {
            return;
        }
        long generation = listGeneration;
        int offset = rows.size();
        loadingMore = true;
        runner.run(() -> rowsOf(attempts.listNewestFirst(pageSize, offset)),
                page -> {
                    if (generation == listGeneration) {
                        loadingMore = false;
                        rows.addAll(page);
                    }
                },
                failure -> {
                    loadingMore = false;
                    error.set("Could not load older attempts: " + message(failure));
                });
    }

    /** Selecting a row opens it: its full record is loaded into {@link #detailProperty()}. */
    public void select(HistoryRow row) {
        if (replacingRows) {
            return;
        }
        HistoryRow current = selected.get();
        if (row != null && current != null && row.id() == current.id()) {
            selected.set(row); // already open, or on its way
            return;
        }
        selected.set(row);
        openDetail(row);
    }

    /** Opens the row (Enter or a double-click): as selecting it, and loads it again if it was open. */
    public void open(HistoryRow row) {
        if (row == null) {
            return;
        }
        selected.set(row);
        openDetail(row);
    }

    /** Asks, then deletes the selected attempt; the list refreshes and the next row is selected. */
    public void deleteSelected() {
        HistoryRow row = selected.get();
        if (row == null) {
            return;
        }
        String explanation = "“" + shortened(row.prompt()) + "”, answered " + row.dateText() + ".\n\n"
                + "The answer, its scores and notes are removed from your history.";
        if (!confirmDialog.confirm("Delete this attempt?", explanation, "Delete")) {
            return;
        }
        int index = rows.indexOf(row);
        runner.run(() -> {
                    attempts.delete(row.id());
                    return row.id();
                },
                deletedId -> {
                    selectIndexAfterDelete = index;
                    // Other screens (statistics, practice) count attempts too; the tick refreshes this list as well.
                    state.attemptSaved();
                },
                failure -> error.set("Could not delete the attempt: " + message(failure)));
    }

    // ---- internals

    private void showFirstPage(Page page) {
        long keepId = selected.get() == null ? -1 : selected.get().id();
        int indexAfterDelete = selectIndexAfterDelete;
        selectIndexAfterDelete = -1;
        replacingRows = true;
        try {
            rows.setAll(page.rows());
        } finally {
            replacingRows = false;
        }
        total.set(page.total());
        loaded.set(true);
        loading.set(false);
        error.set("");

        HistoryRow next = rows.stream().filter(r -> r.id() == keepId).findFirst().orElse(null);
        if (next == null && indexAfterDelete >= 0 && !rows.isEmpty()) {
            next = rows.get(Math.min(indexAfterDelete, rows.size() - 1));
        }
        select(next);
    }

    private void openDetail(HistoryRow row) {
        long generation = ++detailGeneration;
        if (row == null) {
            openAttempt = null;
            detail.set(null);
            return;
        }
        if (detail.get() != null && detail.get().id() != row.id()) {
            detail.set(null);
        }
        runner.run(() -> attempts.find(row.id()),
                found -> {
                    if (generation != detailGeneration) {
                        return;
                    }
                    openAttempt = found.orElse(null);
                    reword();
                    if (found.isEmpty()) {
                        // Deleted elsewhere since the list was loaded: bring the list up to date.
                        refresh();
                    }
                },
                failure -> {
                    if (generation == detailGeneration) {
                        error.set("Could not open the attempt: " + message(failure));
                    }
                });
    }

    private void reword() {
        detail.set(openAttempt == null ? null : AttemptDetail.of(openAttempt, state.rubric()));
    }

    private String describeCount() {
        if (!loaded.get()) {
            return "Loading…";
        }
        int all = total.get();
        if (all == 0) {
            return "No attempts yet";
        }
        String noun = all == 1 ? " attempt" : " attempts";
        if (rows.size() < all) {
            return String.format(Locale.getDefault(), "Showing %,d of %,d", rows.size(), all) + noun;
        }
        return String.format(Locale.getDefault(), "%,d", all) + noun;
    }

    private static List<HistoryRow> rowsOf(List<AttemptSummary> summaries) {
        return summaries.stream().map(HistoryRow::of).toList();
    }

    private static String shortened(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119).strip() + "…";
    }

    private static String message(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }

    private record Page(List<HistoryRow> rows, int total) {
    }
}
