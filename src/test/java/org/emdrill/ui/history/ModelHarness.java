package org.emdrill.ui.history;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.emdrill.settings.ColumnWidthStore;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;

/**
 * A History view model over a real store in a temp folder, with background work, pauses and file
 * dialogs under the test's control. Dates are read in UTC so date filters give the same days anywhere.
 */
final class ModelHarness implements AutoCloseable {

    final HistoryFixture store;
    final QueuedExecutor executor = new QueuedExecutor();
    final ManualDelays delays = new ManualDelays();
    final FakeFiles files = new FakeFiles();
    final AppState state = HistoryFixture.state();
    final List<Map<String, Double>> savedWidths = new CopyOnWriteArrayList<>();
    Map<String, Double> storedWidths = Map.of();

    ModelHarness(Path dataDir) throws Exception {
        FxThread.start();
        store = new HistoryFixture(dataDir);
    }

    HistoryViewModel model(int pageSize) throws Exception {
        ColumnWidthStore widths = new ColumnWidthStore() {
            @Override
            public Map<String, Double> load() {
                return storedWidths;
            }

            @Override
            public void save(Map<String, Double> w) {
                savedWidths.add(Map.copyOf(w));
            }
        };
        return FxThread.call(() -> new HistoryViewModel(store.services, new BackgroundRunner(executor), state,
                HistoryFixture.CLOCK, widths, files, ZoneOffset.UTC, delays, pageSize));
    }

    /** A model with the first page loaded. */
    HistoryViewModel started() throws Exception {
        HistoryViewModel model = model(HistoryViewModel.PAGE_SIZE);
        FxThread.run(model::start);
        executor.runAll();
        return model;
    }

    /** Runs {@code change} on the FX thread, then everything it set off, the typing pause included. */
    void act(FxThread.ThrowingRunnable change) throws Exception {
        FxThread.run(change);
        executor.runAll();
        FxThread.run(() -> delays.elapse(HistoryViewModel.TYPING_PAUSE));
        executor.runAll();
    }

    static List<String> prompts(HistoryViewModel model) {
        return model.rows().stream().map(HistoryRow::prompt).toList();
    }

    @Override
    public void close() {
        store.close();
    }
}
