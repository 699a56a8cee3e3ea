package org.emdrill.ui.banks.editor;

import java.nio.file.Path;
import java.util.Optional;

/** Asks where to export a bank. An interface so tests can answer without a file window. FX thread. */
public interface ExportFileChooser {

    /**
     * @param suggestedName the file name to offer, such as {@code team-conflict.json}
     * @return the file the user picked, or empty when they cancelled
     */
    Optional<Path> chooseTarget(String suggestedName, String bankTitle);
}
