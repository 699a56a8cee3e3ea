package org.emdrill.ui.history;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link HistoryFiles} through the system's file dialogs, owned by the focused window. */
public final class FileChooserHistoryFiles implements HistoryFiles {

    @Override
    public Optional<Path> chooseExportTarget(ExportFormat format, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export history as " + format.label());
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(format.fileDescription(), "*." + format.extension()));
        return Optional.ofNullable(chooser.showSaveDialog(owner())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseImportSource() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import an EM Drill history export");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(ExportFormat.JSON.fileDescription(), "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner())).map(File::toPath);
    }

    private static Window owner() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
    }
}
