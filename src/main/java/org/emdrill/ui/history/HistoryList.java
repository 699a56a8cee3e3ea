package org.emdrill.ui.history;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emdrill.store.AttemptFilter;
import org.emdrill.store.AttemptPage;
import org.emdrill.store.AttemptQuery;
import org.emdrill.store.AttemptSearch;
import org.emdrill.store.AttemptSummary;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.LatestTask;

/**
 * The History list itself: the loaded rows a page at a time, the counts over them and the texts that
 * describe them. Loads run through the {@link BackgroundRunner}; a newer load cancels an older one, so
 * an older page never replaces a newer one. What to select once a first page is shown is left to
 * {@link HistoryViewModel}.
 */
final class HistoryList {

    private final AttemptSearch search;
    private final BackgroundRunner runner;
    /** Marks attempts dated after now in the table. */
    private final InstantSource clock;
    private final int pageSize;
    private final Consumer<String> errors;
    /** Told of every batch of rows that arrives, first page or later. */
    private final Consumer<List<HistoryRow>> arrived;
    /** Called once a first page has replaced the rows. */
    private final Runnable firstPageShown;

    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<HistoryRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper matching = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    /** True when the loaded rows were filtered; the count follows the rows, not the half-typed filter. */
    private final ReadOnlyBooleanWrapper shownFiltered = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper noMatches = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper moreText = new ReadOnlyStringWrapper();

    /** The first-page load; a newer refresh cancels it, so an older page never replaces a newer one. */
    private final LatestTask listLoad = new LatestTask();
    /** "Load more"; cancelled by a refresh, whose first page replaces the rows it would append to. */
    private final LatestTask pageLoad = new LatestTask();
    private boolean loadingMore;
    /** The query behind the loaded rows; "load more" asks for its next page. */
    private AttemptQuery shownQuery;
    /** True while the rows are being replaced, when the table briefly reports "nothing selected". */
    private boolean replacingRows;

    HistoryList(AttemptSearch search, BackgroundRunner runner, InstantSource clock, int pageSize,
                Consumer<String> errors, Consumer<List<HistoryRow>> arrived, Runnable firstPageShown) {
        this.search = Objects.requireNonNull(search, "search");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pageSize = pageSize;
        this.errors = Objects.requireNonNull(errors, "errors");
        this.arrived = Objects.requireNonNull(arrived, "arrived");
        this.firstPageShown = Objects.requireNonNull(firstPageShown, "firstPageShown");

        empty.bind(Bindings.createBooleanBinding(() -> loaded.get() && total.get() == 0, loaded, total));
        noMatches.bind(Bindings.createBooleanBinding(() -> loaded.get() && total.get() > 0 && matching.get() == 0,
                loaded, total, matching));
        hasMore.bind(Bindings.createBooleanBinding(() -> rows.size() < matching.get(), rows, matching));
        countText.bind(Bindings.createStringBinding(this::describeCount, rows, total, matching, loaded,
                shownFiltered));
        moreText.bind(Bindings.createStringBinding(() -> String.format(Locale.getDefault(),
                "Show more · %,d of %,d shown", rows.size(), matching.get()), rows, matching));
    }

    ObservableList<HistoryRow> rows() {
        return readOnlyRows;
    }

    ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty matchingProperty() {
        return matching.getReadOnlyProperty();
    }

    ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty moreTextProperty() {
        return moreText.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty noMatchesProperty() {
        return noMatches.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    /** True while a first page replaces the rows; selection changes reported meanwhile are noise. */
    boolean replacingRows() {
        return replacingRows;
    }

    /** The number of rows to ask for so a refresh keeps as many rows as are shown. */
    int refreshLimit() {
        return Math.max(pageSize, rows.size());
    }

    /** Loads the query's first page and replaces the shown rows with it. */
    void load(AttemptQuery query) {
        loading.set(true);
        pageLoad.cancel();
        loadingMore = false;
        listLoad.replace(() -> runner.run(() -> {
                    AttemptPage page = search.search(query);
                    int all = query.filter().isEmpty() ? page.total() : search.count(AttemptFilter.ALL);
                    return new Loaded(query, rowsOf(page.rows()), page.total(), all);
                },
                this::showFirstPage,
                failure -> {
                    loading.set(false);
                    errors.accept("Could not load your history: " + HistoryViewModel.message(failure));
                }));
    }

    /** Appends the next page; does nothing when all are loaded or a load is running. */
    void loadMore() {
        if (!hasMore.get() || loadingMore || loading.get() || shownQuery == null) {
            return;
        }
        AttemptQuery next = shownQuery.page(pageSize, rows.size());
        loadingMore = true;
        pageLoad.replace(() -> runner.run(() -> rowsOf(search.search(next).rows()),
                page -> {
                    loadingMore = false;
                    rows.addAll(page);
                    arrived.accept(page);
                },
                failure -> {
                    loadingMore = false;
                    errors.accept("Could not load more attempts: " + HistoryViewModel.message(failure));
                }));
    }

    private void showFirstPage(Loaded page) {
        shownQuery = page.query();
        replacingRows = true;
        try {
            rows.setAll(page.rows());
        } finally {
            replacingRows = false;
        }
        matching.set(page.matching());
        total.set(page.total());
        shownFiltered.set(!page.query().filter().isEmpty());
        loaded.set(true);
        loading.set(false);
        arrived.accept(page.rows());
        firstPageShown.run();
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
        if (shownFiltered.get()) {
            return String.format(Locale.getDefault(), "%,d of %,d", matching.get(), all) + noun;
        }
        return String.format(Locale.getDefault(), "%,d", all) + noun;
    }

    private List<HistoryRow> rowsOf(List<AttemptSummary> summaries) {
        Instant now = clock.instant();
        return summaries.stream().map(s -> HistoryRow.of(s, now)).toList();
    }

    private record Loaded(AttemptQuery query, List<HistoryRow> rows, int matching, int total) {
    }
}
