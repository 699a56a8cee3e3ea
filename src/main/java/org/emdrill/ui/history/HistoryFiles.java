package org.emdrill.ui.history;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks the user where to export to and what to import. An interface so tests answer without a window.
 */
public interface HistoryFiles {

    /**
     * @param suggestedName a file name to start from, e.g. "em-drill-history-2026-05-04.csv"
     * @return the chosen file, empty when the user cancelled
     */
    Optional<Path> chooseExportTarget(ExportFormat format, String suggestedName);

    /** @return the chosen JSON export, empty when the user cancelled */
    Optional<Path> chooseImportSource();
}
