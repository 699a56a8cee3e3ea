package org.emdrill.ui.history;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
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
import javafx.collections.ObservableMap;
import org.emdrill.domain.Attempt;
import org.emdrill.settings.ColumnWidthStore;
import org.emdrill.store.AttemptFilter;
import org.emdrill.store.AttemptPage;
import org.emdrill.store.AttemptQuery;
import org.emdrill.store.AttemptSort;
import org.emdrill.store.AttemptSummary;
import org.emdrill.store.DeletedAttempt;
import org.emdrill.store.StoredAttempt;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.DialogService;
import org.emdrill.ui.common.LatestTask;

/**
 * The History screen's state: the filtered, sorted list of past attempts (a page at a time), the one
 * opened in the detail, deleting with undo, and the parts that hang off it: {@link #filters()},
 * {@link #editor()} (revising), {@link #compare()} and {@link #transfer()} (export and import).
 * All reads and writes run through the {@link BackgroundRunner}; results land here on the FX thread.
 * Call {@link #start()} once; after that the list follows the filters, the sort and
 * {@link AppState#attemptsChangedProperty()} by itself.
 */
public final class HistoryViewModel {

    /** Enough rows to scroll a long way; the table draws only what is visible, so this stays quick. */
    static final int PAGE_SIZE = 500;
    /** Typing pauses this long before the list follows, so a word is searched once, not per letter. */
    static final Duration TYPING_PAUSE = Duration.ofMillis(250);
    /** How long a delete can be undone. */
    static final Duration UNDO_TIME = Duration.ofSeconds(10);
    /** Column drags come in bursts; the widths are saved once the burst is over. */
    static final Duration WIDTH_SAVE_PAUSE = Duration.ofMillis(800);

    private final HistoryServices services;
    private final BackgroundRunner runner;
    private final AppState state;
    private final ColumnWidthStore widthStore;
    private final ZoneId zone;
    private final Delays delays;
    private final int pageSize;

    private final HistoryFilters filters = new HistoryFilters();
    private final RevisionEditor editor;
    private final CompareModel compare;
    private final TransferModel transfer;

    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<HistoryRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<BankOption> bankOptions = FXCollections.observableArrayList();
    private final ObservableMap<String, Double> columnWidths = FXCollections.observableHashMap();
    private final ReadOnlyIntegerWrapper matching = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    /** True when the loaded rows were filtered; the count follows the rows, not the half-typed filter. */
    private final ReadOnlyBooleanWrapper shownFiltered = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<AttemptSort> sort = new ReadOnlyObjectWrapper<>(AttemptSort.DATE);
    private final ReadOnlyBooleanWrapper ascending = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<HistoryRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AttemptDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper noMatches = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper moreText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");

    /** The attempt behind {@link #detail}, kept to re-word the detail when the rubric changes. */
    private OpenAttempt openAttempt;
    /** The first-page load; a newer refresh cancels it, so an older page never replaces a newer one. */
    private final LatestTask listLoad = new LatestTask();
    /** "Load more"; cancelled by a refresh, whose first page replaces the rows it would append to. */
    private final LatestTask pageLoad = new LatestTask();
    /** The detail load; a new selection cancels it, so a slow load never shows an attempt no longer selected. */
    private final LatestTask detailLoad = new LatestTask();
    private boolean loadingMore;
    /** The query behind the loaded rows; "load more" asks for its next page. */
    private AttemptQuery shownQuery;
    /** Where the selection goes after the next load: the restored attempt or the deleted row's place. */
    private long selectIdAfterLoad = -1;
    private int selectIndexAfterLoad = -1;
    /** True while the rows are being replaced, when the table briefly reports "nothing selected". */
    private boolean replacingRows;
    private DeletedAttempt undoToken;
    private Runnable cancelUndoTimeout = () -> { };
    private Runnable cancelTypingPause = () -> { };
    private Runnable cancelWidthSave = () -> { };
    private final Map<String, String> seenBanks = new LinkedHashMap<>();

    /** Marks attempts dated after now in the table. */
    private final InstantSource clock;

    /** As the app wires it: the system's time zone, real delays. */
    public HistoryViewModel(HistoryServices services, BackgroundRunner runner, AppState state, InstantSource clock,
                            ColumnWidthStore columnWidths, DialogService dialogs) {
        this(services, runner, state, clock, columnWidths, dialogs, ZoneId.systemDefault(), new FxDelays(), PAGE_SIZE);
    }

    HistoryViewModel(HistoryServices services, BackgroundRunner runner, AppState state, InstantSource clock,
                     ColumnWidthStore columnWidths, DialogService dialogs, ZoneId zone, Delays delays, int pageSize) {
        this.services = Objects.requireNonNull(services, "services");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.state = Objects.requireNonNull(state, "state");
        this.widthStore = Objects.requireNonNull(columnWidths, "columnWidths");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.delays = Objects.requireNonNull(delays, "delays");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive: " + pageSize);
        }
        this.pageSize = pageSize;
        this.editor = new RevisionEditor(services.revisions(), runner, clock, this::revised, this::showError);
        this.compare = new CompareModel(services.search(), runner, this::showError);
        this.transfer = new TransferModel(services.transfer(), runner, new HistoryFiles(dialogs), clock,
                zone, this::currentFilter, state::attemptSaved, this::showError);

        empty.bind(Bindings.createBooleanBinding(() -> loaded.get() && total.get() == 0, loaded, total));
        noMatches.bind(Bindings.createBooleanBinding(() -> loaded.get() && total.get() > 0 && matching.get() == 0,
                loaded, total, matching));
        hasMore.bind(Bindings.createBooleanBinding(() -> rows.size() < matching.get(), rows, matching));
        countText.bind(Bindings.createStringBinding(this::describeCount, rows, total, matching, loaded,
                shownFiltered));
        moreText.bind(Bindings.createStringBinding(() -> String.format(Locale.getDefault(),
                "Show more · %,d of %,d shown", rows.size(), matching.get()), rows, matching));

        state.attemptsChangedProperty().addListener((obs, old, now) -> refresh());
        state.rubricProperty().addListener((obs, old, now) -> reword());
        state.libraryProperty().addListener((obs, old, now) -> updateBankOptions());
        InvalidationListener typed = obs -> {
            cancelTypingPause.run();
            cancelTypingPause = delays.after(TYPING_PAUSE, this::reload);
        };
        for (Observable part : filters.typedParts()) {
            part.addListener(typed);
        }
        for (Observable part : filters.pickedParts()) {
            part.addListener(obs -> reload());
        }
        updateBankOptions();
    }

    // ---- the parts

    public HistoryFilters filters() {
        return filters;
    }

    public RevisionEditor editor() {
        return editor;
    }

    public CompareModel compare() {
        return compare;
    }

    public TransferModel transfer() {
        return transfer;
    }

    // ---- what the view shows

    /** The loaded rows, in the chosen order. */
    public ObservableList<HistoryRow> rows() {
        return readOnlyRows;
    }

    /** The banks the bank filter offers: the loaded ones and any seen in the history. */
    public ObservableList<BankOption> bankOptions() {
        return bankOptions;
    }

    /** Saved column widths by column id; filled once by {@link #start()}. */
    public ObservableMap<String, Double> columnWidths() {
        return columnWidths;
    }

    /** How many attempts are stored in all, whatever the filters. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** How many attempts match the filters, loaded or not. */
    public ReadOnlyIntegerProperty matchingProperty() {
        return matching.getReadOnlyProperty();
    }

    /** "12 attempts", "3 of 12 attempts" while filtered, "No attempts yet". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** "Show more · 500 of 1,234 shown", for the button that loads the next page. */
    public ReadOnlyStringProperty moreTextProperty() {
        return moreText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True once a load has finished and found no attempts at all. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** True when there are attempts but the filters match none of them. */
    public ReadOnlyBooleanProperty noMatchesProperty() {
        return noMatches.getReadOnlyProperty();
    }

    /** True while more attempts match than are loaded. */
    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AttemptSort> sortProperty() {
        return sort.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ascendingProperty() {
        return ascending.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<HistoryRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The opened attempt, or null while none is selected (or it is still loading). */
    public ReadOnlyObjectProperty<AttemptDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** What went wrong last, empty when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "Attempt deleted" while the last delete can be undone, empty otherwise. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    // ---- what the user does

    /** Loads the saved column widths and the first page. */
    public void start() {
        runner.run(widthStore::load, columnWidths::putAll, failure -> System.getLogger(HistoryViewModel.class.getName())
                .log(System.Logger.Level.WARNING, "remembered column widths not read; the defaults are used"));
        refresh();
    }

    /** Reloads the list from the start, keeping as many rows as are shown and the selection. */
    public void refresh() {
        load(Math.max(pageSize, rows.size()));
    }

    /** Sorts by {@code key}; the database sorts, so the order holds across every page. */
    public void sortBy(AttemptSort key, boolean asc) {
        Objects.requireNonNull(key, "key");
        if (key == sort.get() && asc == ascending.get()) {
            return;
        }
        sort.set(key);
        ascending.set(asc);
        reload();
    }

    /** Appends the next page; does nothing when all are loaded or a load is running. */
    public void loadMore() {
        if (!hasMore.get() || loadingMore || loading.get() || shownQuery == null) {
            return;
        }
        AttemptQuery next = shownQuery.page(pageSize, rows.size());
        loadingMore = true;
        pageLoad.replace(() -> runner.run(() -> rowsOf(services.search().search(next).rows()),
                page -> {
                    loadingMore = false;
                    rows.addAll(page);
                    rememberBanks(page);
                },
                failure -> {
                    loadingMore = false;
                    showError("Could not load more attempts: " + message(failure));
                }));
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

    /** Starts revising the opened attempt's scores, STAR marks and notes. */
    public void editOpened() {
        if (openAttempt != null && !editor.isEditing()) {
            editor.begin(openAttempt.attempt(), state.library());
        }
    }

    /** Opens the compare view for the opened attempt's question. */
    public void compareOpened() {
        AttemptDetail d = detail.get();
        if (d != null) {
            editor.cancel();
            compare.show(d.questionId(), d.prompt(), d.id());
        }
    }

    /**
     * Deletes the selected attempt at once; "Attempt deleted · Undo" shows for {@link #UNDO_TIME}. The
     * row that takes its place is selected.
     */
    public void deleteSelected() {
        HistoryRow row = selected.get();
        if (row == null) {
            return;
        }
        editor.cancel();
        int index = rows.indexOf(row);
        runner.run(() -> services.revisions().delete(row.id()),
                deleted -> {
                    deleted.ifPresent(this::offerUndo);
                    selectIndexAfterLoad = index;
                    // Other screens count attempts too; the tick refreshes this list as well.
                    state.attemptSaved();
                },
                failure -> showError("Could not delete the attempt: " + message(failure)));
    }

    /** Puts the last deleted attempt back and selects it. */
    public void undoDelete() {
        DeletedAttempt token = undoToken;
        if (token == null) {
            return;
        }
        dismissUndo();
        runner.run(() -> services.revisions().restore(token),
                restoredId -> {
                    selectIdAfterLoad = restoredId;
                    state.attemptSaved();
                },
                failure -> showError("Could not restore the attempt: " + message(failure)));
    }

    /** Hides the undo bar; the delete stays. */
    public void dismissUndo() {
        cancelUndoTimeout.run();
        undoToken = null;
        undoText.set("");
    }

    public void dismissError() {
        error.set("");
    }

    /** Remembers widths the user dragged the columns to, saved in the background after a pause. */
    public void columnsResized(Map<String, Double> widths) {
        columnWidths.putAll(widths);
        Map<String, Double> snapshot = Map.copyOf(columnWidths);
        cancelWidthSave.run();
        cancelWidthSave = delays.after(WIDTH_SAVE_PAUSE,
                () -> runner.fireAndForget(() -> {
                    widthStore.save(snapshot);
                    return null;
                }));
    }

    // ---- internals

    /** Back to the first page: the filters or the sort changed. */
    private void reload() {
        cancelTypingPause.run();
        load(pageSize);
    }

    private AttemptFilter currentFilter() {
        return filters.toFilter(zone);
    }

    private void load(int limit) {
        AttemptQuery query = new AttemptQuery(currentFilter(), sort.get(), ascending.get(), limit, 0);
        loading.set(true);
        pageLoad.cancel();
        loadingMore = false;
        listLoad.replace(() -> runner.run(() -> {
                    AttemptPage page = services.search().search(query);
                    int all = query.filter().isEmpty() ? page.total() : services.search().count(AttemptFilter.ALL);
                    return new Loaded(query, rowsOf(page.rows()), page.total(), all);
                },
                this::showFirstPage,
                failure -> {
                    loading.set(false);
                    showError("Could not load your history: " + message(failure));
                }));
    }

    private void showFirstPage(Loaded page) {
        long keepId = selectIdAfterLoad >= 0 ? selectIdAfterLoad : selected.get() == null ? -1 : selected.get().id();
        int indexAfterDelete = selectIndexAfterLoad;
        selectIdAfterLoad = -1;
        selectIndexAfterLoad = -1;
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
        rememberBanks(page.rows());

        HistoryRow next = rows.stream().filter(r -> r.id() == keepId).findFirst().orElse(null);
        if (next == null && indexAfterDelete >= 0 && !rows.isEmpty()) {
            next = rows.get(Math.min(indexAfterDelete, rows.size() - 1));
        }
        select(next);
    }

    private void openDetail(HistoryRow row) {
        detailLoad.cancel();
        editor.cancel();
        if (row == null) {
            openAttempt = null;
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
                    return found.map(s -> new OpenAttempt(s.attempt(), s.revisedAt(), atQuestion));
                },
                found -> {
                    openAttempt = found.orElse(null);
                    reword();
                    if (found.isEmpty()) {
                        // Deleted elsewhere since the list was loaded: bring the list up to date.
                        refresh();
                    }
                },
                failure -> showError("Could not open the attempt: " + message(failure))));
    }

    private void revised(Attempt attempt, Instant when) {
        if (openAttempt != null && openAttempt.attempt().id() == attempt.id()) {
            openAttempt = new OpenAttempt(attempt, when, openAttempt.attemptsAtQuestion());
            reword();
        }
        state.attemptSaved();
    }

    private void offerUndo(DeletedAttempt token) {
        cancelUndoTimeout.run();
        undoToken = token;
        undoText.set("Attempt deleted");
        cancelUndoTimeout = delays.after(UNDO_TIME, this::dismissUndo);
    }

    private void reword() {
        detail.set(openAttempt == null ? null : AttemptDetail.of(openAttempt.attempt(), state.rubric(),
                openAttempt.revisedAt(), openAttempt.attemptsAtQuestion()));
    }

    private void showError(String message) {
        error.set(message);
    }

    private void rememberBanks(List<HistoryRow> loadedRows) {
        boolean added = false;
        for (HistoryRow r : loadedRows) {
            added |= seenBanks.putIfAbsent(r.bankId(), r.bankTitle()) == null;
        }
        if (added) {
            updateBankOptions();
        }
    }

    private void updateBankOptions() {
        Map<String, String> titles = new LinkedHashMap<>(seenBanks);
        state.library().banks().forEach(b -> titles.put(b.id(), b.title()));
        List<BankOption> options = titles.entrySet().stream()
                .map(e -> new BankOption(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(BankOption::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
        if (!options.equals(bankOptions)) {
            bankOptions.setAll(options);
        }
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

    static String message(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }

    private record Loaded(AttemptQuery query, List<HistoryRow> rows, int matching, int total) {
    }

    /** The opened attempt with what the detail needs beyond the attempt itself. */
    private record OpenAttempt(Attempt attempt, Instant revisedAt, int attemptsAtQuestion) {
    }
}
