package org.emdrill.ui.history;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emdrill.bank.BankLibrary;

/**
 * The banks the History bank filter offers: every loaded bank plus any bank seen in the history, so
 * attempts from a bank since removed can still be filtered. Sorted by title, ignoring case.
 */
final class BankOptions {

    private final Supplier<BankLibrary> library;
    private final ObservableList<BankOption> options = FXCollections.observableArrayList();
    /** Bank id to title, for banks met in loaded rows; kept across loads. */
    private final Map<String, String> seenBanks = new LinkedHashMap<>();

    BankOptions(Supplier<BankLibrary> library) {
        this.library = Objects.requireNonNull(library, "library");
        update();
    }

    ObservableList<BankOption> options() {
        return options;
    }

    /** Adds the banks of these rows not seen before. */
    void remember(List<HistoryRow> loadedRows) {
        boolean added = false;
        for (HistoryRow r : loadedRows) {
            added |= seenBanks.putIfAbsent(r.bankId(), r.bankTitle()) == null;
        }
        if (added) {
            update();
        }
    }

    /** Rebuilds the options, as when the loaded library changes; a loaded bank's own title wins. */
    void update() {
        Map<String, String> titles = new LinkedHashMap<>(seenBanks);
        library.get().banks().forEach(b -> titles.put(b.id(), b.title()));
        List<BankOption> next = titles.entrySet().stream()
                .map(e -> new BankOption(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(BankOption::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
        if (!next.equals(options)) {
            options.setAll(next);
        }
    }
}
