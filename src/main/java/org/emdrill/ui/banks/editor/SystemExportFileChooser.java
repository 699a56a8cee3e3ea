package org.emdrill.ui.banks.editor;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link ExportFileChooser} as the system's save-file window. */
public final class SystemExportFileChooser implements ExportFileChooser {

    private final Supplier<Window> owner;

    /** @param owner the window to centre on; may supply null */
    public SystemExportFileChooser(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseTarget(String suggestedName, String bankTitle) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export “" + bankTitle + "”");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Question banks (*.json)", "*.json"));
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }
}
