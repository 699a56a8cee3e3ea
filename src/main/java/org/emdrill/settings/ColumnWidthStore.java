package org.emdrill.settings;

import java.util.Map;

/**
 * Keeps the widths the user gave the history table's columns between runs, by column id. Called on
 * the background worker, never on the FX thread.
 */
public interface ColumnWidthStore {

    /** The saved widths; empty when none were saved or they could not be read. */
    Map<String, Double> load();

    void save(Map<String, Double> widths);

    /** Remembers nothing: for tests and for running without a data folder. */
    ColumnWidthStore NONE = new ColumnWidthStore() {
        @Override
        public Map<String, Double> load() {
            return Map.of();
        }

        @Override
        public void save(Map<String, Double> widths) {
        }
    };
}
