package org.emdrill.ui.history;

import java.time.Duration;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.emdrill.settings.ColumnWidthStore;
import org.emdrill.store.AttemptFilter;
import org.emdrill.store.AttemptQuery;
import org.emdrill.store.AttemptSort;
import org.emdrill.store.DeletedAttempt;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.DialogService;

/**
 * The History screen's state: the filtered, sorted list of past attempts (a page at a time, kept by
 * {@link HistoryList}), the one opened in the detail ({@link OpenedAttempt}), deleting with undo
 * ({@link DeleteUndo}), and the parts that hang off it: {@link #filters()}, {@link #editor()}
 * (revising), {@link #compare()} and {@link #transfer()} (export and import).
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
    private final ZoneId zone;
    private final Delays delays;
    private final int pageSize;

    private final HistoryFilters filters = new HistoryFilters();
    private final RevisionEditor editor;
    private final CompareModel compare;
    private final TransferModel transfer;

    private final HistoryList list;
    private final BankOptions bankOptions;
    private final ColumnWidths columnWidths;
    private final OpenedAttempt opened;
    private final HistoryStories stories;
    private final AttemptRecording recording;
    private final DeleteUndo undo;

    private final ReadOnlyObjectWrapper<AttemptSort> sort = new ReadOnlyObjectWrapper<>(AttemptSort.DATE);
    private final ReadOnlyBooleanWrapper ascending = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<HistoryRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    private final NextSelection nextSelection = new NextSelection();
    private Runnable cancelTypingPause = () -> { };

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
        this.zone = Objects.requireNonNull(zone, "zone");
        this.delays = Objects.requireNonNull(delays, "delays");
        this.columnWidths = new ColumnWidths(Objects.requireNonNull(columnWidths, "columnWidths"), runner,
                delays, WIDTH_SAVE_PAUSE);
        Objects.requireNonNull(clock, "clock");
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive: " + pageSize);
        }
        this.pageSize = pageSize;
        this.undo = new DeleteUndo(delays, UNDO_TIME);
        this.stories = new HistoryStories(services.stored()::stories, runner, state);
        this.opened = new OpenedAttempt(services, runner, state, this::showError, this::refresh, stories::toldInOpened);
        this.editor = new RevisionEditor(services.revisions(), runner, clock, opened::revised, this::showError);
        opened.useEditor(editor);
        this.recording = new AttemptRecording(services, runner, dialogs, this::showError, javafx.application.Platform::runLater);
        opened.detailProperty().addListener((obs, old, now) -> recording.open(now == null ? -1 : now.id()));
        // A deleted attempt's recording waits aside while the delete can be undone, then goes for good.
        undo.whenFinal(deleted -> runner.run(() -> {
            services.revisions().forget(deleted);
            return null;
        }, done -> { }, failure -> System.getLogger(HistoryViewModel.class.getName()).log(System.Logger.Level.WARNING,
                "a deleted attempt's recording was not removed; it stays aside until the next start: " + failure)));
        this.compare = new CompareModel(services, runner, this::showError, javafx.application.Platform::runLater);
        this.transfer = new TransferModel(services.transfer(), runner, new HistoryFiles(dialogs), clock,
                zone, this::currentFilter, state::attemptSaved, this::showError);

        this.bankOptions = new BankOptions(state::library);
        this.list = new HistoryList(services.search(), runner, clock, pageSize, this::showError,
                bankOptions::remember, this::selectAfterLoad);

        state.attemptsChangedProperty().addListener((obs, old, now) -> refresh());
        state.libraryProperty().addListener((obs, old, now) -> bankOptions.update());
        filters.listen(obs -> {
            cancelTypingPause.run();
            cancelTypingPause = delays.after(TYPING_PAUSE, this::reload);
        }, obs -> reload());
        // Last: a request waiting when History is first built is taken at once, with the list in place.
        new AttemptOpening(state, runner, services.search(), () -> query(currentFilter(), pageSize), filters::clear,
                editor::isEditing, this::showAttempt, this::showError);
    }

    // ---- the parts

    public HistoryFilters filters() {
        return filters;
    }

    public RevisionEditor editor() {
        return editor;
    }

    /** The opened attempt's recording and its player. */
    AttemptRecording recording() {
        return recording;
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
        return list.rows();
    }

    /** The banks the bank filter offers: the loaded ones and any seen in the history. */
    public ObservableList<BankOption> bankOptions() {
        return bankOptions.options();
    }

    /** Saved column widths by column id; filled once by {@link #start()}. */
    public ObservableMap<String, Double> columnWidths() {
        return columnWidths.widths();
    }

    /** How many attempts are stored in all, whatever the filters. */
    public ReadOnlyIntegerProperty totalProperty() {
        return list.totalProperty();
    }

    /** How many attempts match the filters, loaded or not. */
    public ReadOnlyIntegerProperty matchingProperty() {
        return list.matchingProperty();
    }

    /** "12 attempts", "3 of 12 attempts" while filtered, "No attempts yet". */
    public ReadOnlyStringProperty countTextProperty() {
        return list.countTextProperty();
    }

    /** "Show more · 500 of 1,234 shown", for the button that loads the next page. */
    public ReadOnlyStringProperty moreTextProperty() {
        return list.moreTextProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return list.loadingProperty();
    }

    /** True once a load has finished and found no attempts at all. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return list.emptyProperty();
    }

    /** True when there are attempts but the filters match none of them. */
    public ReadOnlyBooleanProperty noMatchesProperty() {
        return list.noMatchesProperty();
    }

    /** True while more attempts match than are loaded. */
    public ReadOnlyBooleanProperty hasMoreProperty() {
        return list.hasMoreProperty();
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

    /** The stories to filter by, and the one told in the opened attempt to open in My stories. */
    public HistoryStories stories() {
        return stories;
    }

    /** The title of the story told in the opened attempt, empty when none. */
    public ReadOnlyStringProperty storyToldProperty() {
        return opened.storyToldProperty();
    }

    /** The opened attempt, or null while none is selected (or it is still loading). */
    public ReadOnlyObjectProperty<AttemptDetail> detailProperty() {
        return opened.detailProperty();
    }

    /** What went wrong last, empty when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "Attempt deleted" while the last delete can be undone, empty otherwise. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undo.textProperty();
    }

    // ---- what the user does

    /** Loads the saved column widths and the first page. */
    public void start() {
        columnWidths.load();
        refresh();
    }

    /** Reloads the list from the start, keeping as many rows as are shown and the selection. */
    public void refresh() {
        load(list.refreshLimit());
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
        list.loadMore();
    }

    /** Selecting a row opens it: its full record is loaded into {@link #detailProperty()}. */
    public void select(HistoryRow row) {
        if (list.replacingRows()) {
            return;
        }
        HistoryRow current = selected.get();
        if (row != null && current != null && row.id() == current.id()) {
            selected.set(row); // already open, or on its way
            return;
        }
        selected.set(row);
        opened.open(row);
    }

    /** Opens the row (Enter or a double-click): as selecting it, and loads it again if it was open. */
    public void open(HistoryRow row) {
        if (row == null) {
            return;
        }
        selected.set(row);
        opened.open(row);
    }

    /** Starts revising the opened attempt's scores, STAR marks and notes. */
    public void editOpened() {
        opened.edit();
    }

    /** Opens the compare view for the opened attempt's question. */
    public void compareOpened() {
        AttemptDetail d = opened.detailProperty().get();
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
        int index = list.rows().indexOf(row);
        runner.run(() -> services.revisions().delete(row.id()),
                deleted -> {
                    deleted.ifPresent(undo::offer);
                    nextSelection.placeOfDeleted(index);
                    // Other screens count attempts too; the tick refreshes this list as well.
                    state.attemptSaved();
                },
                failure -> showError("Could not delete the attempt: " + message(failure)));
    }

    /** Puts the last deleted attempt back and selects it. */
    public void undoDelete() {
        Optional<DeletedAttempt> token = undo.take();
        if (token.isEmpty()) {
            return;
        }
        runner.run(() -> services.revisions().restore(token.get()),
                restoredId -> {
                    nextSelection.attempt(restoredId);
                    state.attemptSaved();
                },
                failure -> showError("Could not restore the attempt: " + message(failure)));
    }

    /** Hides the undo bar; the delete stays. */
    public void dismissUndo() {
        undo.dismiss();
    }

    public void dismissError() {
        error.set("");
    }

    /** Remembers widths the user dragged the columns to, saved in the background after a pause. */
    public void columnsResized(Map<String, Double> widths) {
        columnWidths.resized(widths);
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
        list.load(query(currentFilter(), limit));
    }

    private AttemptQuery query(AttemptFilter filter, int limit) {
        return new AttemptQuery(filter, sort.get(), ascending.get(), limit, 0);
    }

    /** Once a first page is shown: the rows were replaced without touching {@link #selected}. */
    private void selectAfterLoad() {
        select(nextSelection.pick(list.rows(), selected.get()));
    }

    /** An attempt asked for by another screen: the list loads far enough down to hold it, then selects it. */
    private void showAttempt(long id, int rows) {
        compare.close();
        cancelTypingPause.run(); // a cleared search box must not reload a page that lacks the attempt
        nextSelection.attempt(id);
        load(Math.max(pageSize, (rows + pageSize - 1) / pageSize * pageSize)); // whole pages, for "Show more"
    }

    private void showError(String message) {
        error.set(message);
    }

    static String message(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }
}
