package org.emdrill.ui.history;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.emdrill.store.AttemptFilter;
import org.emdrill.store.AttemptQuery;
import org.emdrill.store.AttemptSearch;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.AttemptRequest;
import org.emdrill.ui.common.BackgroundRunner;

/**
 * Opens in History the attempt another screen asked for ({@link AppState#requestAttempt}): finds it in
 * the store, clears the filters when they would hide it, and has the list load far enough down to hold
 * it, selected, with its detail open. The window switches to History on the same request; this takes
 * the request and clears it.
 */
final class AttemptOpening {

    /** How the History list shows a found attempt. */
    interface Shows {
        /** Loads at least {@code rows} rows of the list and selects attempt {@code id} among them. */
        void show(long id, int rows);
    }

    private final AppState state;
    private final BackgroundRunner runner;
    private final AttemptSearch search;
    private final Supplier<AttemptQuery> listQuery;
    private final Runnable clearFilters;
    private final BooleanSupplier revising;
    private final Shows shows;
    private final Consumer<String> messages;

    /**
     * @param listQuery    the list's query as it is filtered and sorted now
     * @param revising     true while the opened attempt's scores or notes are being revised, which
     *                     opening another would throw away
     * @param messages     told why an attempt could not be opened
     */
    AttemptOpening(AppState state, BackgroundRunner runner, AttemptSearch search, Supplier<AttemptQuery> listQuery,
                   Runnable clearFilters, BooleanSupplier revising, Shows shows, Consumer<String> messages) {
        this.state = Objects.requireNonNull(state, "state");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.search = Objects.requireNonNull(search, "search");
        this.listQuery = Objects.requireNonNull(listQuery, "listQuery");
        this.clearFilters = Objects.requireNonNull(clearFilters, "clearFilters");
        this.revising = Objects.requireNonNull(revising, "revising");
        this.shows = Objects.requireNonNull(shows, "shows");
        this.messages = Objects.requireNonNull(messages, "messages");
        // An invalidation listener, as the window's: both see the request whichever is told first.
        state.attemptRequestProperty().addListener(obs -> take());
        // History is built when the window first switches to it, which is when a first request comes:
        // that request was set before this listener existed.
        take();
    }

    private void take() {
        AttemptRequest request = state.attemptRequestProperty().get();
        if (request == null) {
            return;
        }
        state.attemptRequestProperty().set(null);
        if (revising.getAsBoolean()) {
            messages.accept("Save or cancel the changes to this attempt first, then open the interview's answer again.");
            return;
        }
        AttemptQuery filtered = listQuery.get();
        AttemptQuery everything = new AttemptQuery(AttemptFilter.ALL, filtered.sort(), filtered.ascending(),
                filtered.limit(), 0);
        runner.run(() -> find(request, filtered, everything), found -> {
            if (found == null) {
                messages.accept("That answer is no longer in your history.");
                return;
            }
            if (found.clearFilters()) {
                clearFilters.run();
            }
            shows.show(found.id(), found.index() + 1);
        }, failure -> messages.accept("Could not open the attempt: " + HistoryViewModel.message(failure)));
    }

    /** The attempt and its place in the list, under the filters if they show it; null when it is gone. */
    private Found find(AttemptRequest request, AttemptQuery filtered, AttemptQuery everything) {
        OptionalLong id = search.attemptInInterview(request.interviewId(), request.position());
        if (id.isEmpty()) {
            return null;
        }
        OptionalInt underFilters = search.indexOf(filtered, id.getAsLong());
        if (underFilters.isPresent()) {
            return new Found(id.getAsLong(), underFilters.getAsInt(), false);
        }
        OptionalInt inAll = search.indexOf(everything, id.getAsLong());
        return inAll.isEmpty() ? null : new Found(id.getAsLong(), inAll.getAsInt(), true);
    }

    private record Found(long id, int index, boolean clearFilters) {
    }
}
