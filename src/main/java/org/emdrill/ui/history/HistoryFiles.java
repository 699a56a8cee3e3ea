package org.emdrill.ui.history;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.emdrill.ui.common.DialogService;

/** Asks the user where to export to and what to import, through the app's {@link DialogService}. FX thread. */
final class HistoryFiles {

    private final DialogService dialogs;

    HistoryFiles(DialogService dialogs) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    }

    /**
     * @param suggestedName a file name to start from, e.g. "em-drill-history-2026-05-04.csv"
     * @return the chosen file, empty when the user cancelled
     */
    Optional<Path> chooseExportTarget(ExportFormat format, String suggestedName) {
        return dialogs.chooseSaveTarget(new DialogService.FileRequest("Export history as " + format.label(),
                suggestedName, List.of(DialogService.FileKind.of(format.fileDescription(), "*." + format.extension()))));
    }

    /** Shows the folder holding {@code file} in the file manager. */
    void showFolderOf(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            dialogs.showFolder(folder);
        }
    }

    /** @return the chosen JSON or zip export, empty when the user cancelled */
    Optional<Path> chooseImportSource() {
        return dialogs.chooseFileToOpen(new DialogService.FileRequest("Import an EM Drill history export", "",
                List.of(DialogService.FileKind.of("EM Drill history export (JSON or zip)", "*.json", "*.zip"),
                        DialogService.FileKind.of(ExportFormat.JSON.fileDescription(), "*.json"),
                        DialogService.FileKind.of(ExportFormat.ZIP.fileDescription(), "*.zip"),
                        DialogService.FileKind.of("All files", "*"))));
    }
}
