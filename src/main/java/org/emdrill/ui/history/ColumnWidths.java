package org.emdrill.ui.history;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.emdrill.settings.ColumnWidthStore;
import org.emdrill.ui.common.BackgroundRunner;

/**
 * The History table's column widths: loaded once, and saved in the background a pause after the user
 * stops dragging, since column drags come in bursts.
 */
final class ColumnWidths {

    private final ColumnWidthStore store;
    private final BackgroundRunner runner;
    private final Delays delays;
    private final Duration savePause;
    private final ObservableMap<String, Double> widths = FXCollections.observableHashMap();
    private Runnable cancelSave = () -> { };

    ColumnWidths(ColumnWidthStore store, BackgroundRunner runner, Delays delays, Duration savePause) {
        this.store = Objects.requireNonNull(store, "store");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.delays = Objects.requireNonNull(delays, "delays");
        this.savePause = Objects.requireNonNull(savePause, "savePause");
    }

    /** Saved widths by column id; filled once by {@link #load()}. */
    ObservableMap<String, Double> widths() {
        return widths;
    }

    /** Reads the saved widths in the background; unreadable ones leave the defaults. */
    void load() {
        runner.run(store::load, widths::putAll, failure -> System.getLogger(ColumnWidths.class.getName())
                .log(System.Logger.Level.WARNING, "remembered column widths not read; the defaults are used"));
    }

    void resized(Map<String, Double> changed) {
        widths.putAll(changed);
        Map<String, Double> snapshot = Map.copyOf(widths);
        cancelSave.run();
        cancelSave = delays.after(savePause,
                () -> runner.fireAndForget(() -> {
                    store.save(snapshot);
                    return null;
                }));
    }
}
