package org.emdrill.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.emdrill.settings.ChooserFolders;

/**
 * {@link DialogService} as JavaFX windows that look like the app: each dialog is owned by the app's
 * window (centred on it, closed with it) and carries the window's stylesheets, so it follows the
 * light or dark theme instead of JavaFX's own dark header. File choosers open where the user last
 * picked a file, else in Documents or the home folder.
 */
public final class FxDialogService implements DialogService {

    /** Style class of every dialog pane, for the app stylesheet. */
    public static final String DIALOG_CLASS = "app-dialog";

    private final Supplier<Window> owner;
    private final ChooserFolders folders;
    private final DesktopActions desktop;

    /** @param owner the app's window; may supply null before it is shown (the focused window is used) */
    public FxDialogService(Supplier<Window> owner, ChooserFolders folders, DesktopActions desktop) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.folders = Objects.requireNonNull(folders, "folders");
        this.desktop = Objects.requireNonNull(desktop, "desktop");
    }

    @Override
    public void showFolder(Path folder) {
        desktop.openFolder(folder);
    }

    @Override
    public boolean confirm(Confirmation c) {
        ButtonType yes = new ButtonType(c.confirmLabel(), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(c.cancelLabel(), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, c.title(), c.heading(), c.message());
        alert.getButtonTypes().setAll(yes, no);
        if (c.destructive()) {
            Button yesButton = (Button) alert.getDialogPane().lookupButton(yes);
            yesButton.setDefaultButton(false);
            yesButton.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
            ((Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        }
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    @Override
    public Optional<String> choose(Choice c) {
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < c.options().size(); i++) {
            buttons.add(new ButtonType(c.options().get(i),
                    i == 0 ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.OTHER));
        }
        buttons.add(new ButtonType(c.cancelLabel(), ButtonBar.ButtonData.CANCEL_CLOSE));
        Alert alert = alert(Alert.AlertType.CONFIRMATION, c.title(), c.heading(), c.message());
        alert.getButtonTypes().setAll(buttons);
        return alert.showAndWait()
                .filter(b -> b.getButtonData() != ButtonBar.ButtonData.CANCEL_CLOSE)
                .map(ButtonType::getText);
    }

    @Override
    public Optional<String> askText(String title, String heading, String label, String initialText) {
        TextInputDialog dialog = new TextInputDialog(initialText);
        dialog.setTitle(title);
        dialog.setHeaderText(heading);
        dialog.setContentText(label);
        themed(dialog);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public void showError(String title, String heading, String message) {
        Alert alert = alert(Alert.AlertType.ERROR, title, heading, message);
        alert.getButtonTypes().setAll(ButtonType.OK);
        alert.showAndWait();
    }

    @Override
    public Optional<Path> chooseSaveTarget(FileRequest request) {
        FileChooser chooser = chooser(request);
        if (!request.suggestedName().isEmpty()) {
            chooser.setInitialFileName(request.suggestedName());
        }
        return picked(chooser.showSaveDialog(window()));
    }

    @Override
    public Optional<Path> chooseFileToOpen(FileRequest request) {
        return picked(chooser(request).showOpenDialog(window()));
    }

    @Override
    public List<Path> chooseFilesToOpen(FileRequest request) {
        List<File> files = chooser(request).showOpenMultipleDialog(window());
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        List<Path> paths = files.stream().map(File::toPath).toList();
        folders.picked(paths.get(0));
        return paths;
    }

    private Optional<Path> picked(File file) {
        Optional<Path> path = Optional.ofNullable(file).map(File::toPath);
        path.ifPresent(folders::picked);
        return path;
    }

    private FileChooser chooser(FileRequest request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        for (FileKind kind : request.kinds()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), kind.patterns()));
        }
        chooser.setInitialDirectory(folders.startFolder().toFile());
        return chooser;
    }

    private Alert alert(Alert.AlertType type, String title, String heading, String message) {
        Alert alert = new Alert(type);
        alert.setTitle(title);
        alert.setHeaderText(heading);
        alert.setContentText(message);
        themed(alert);
        return alert;
    }

    /** Owner window and stylesheets, so the dialog follows the app's theme and window. */
    private void themed(Dialog<?> dialog) {
        Window window = window();
        if (window != null) {
            dialog.initOwner(window);
            if (window.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(window.getScene().getStylesheets());
            }
        } else {
            dialog.getDialogPane().getStylesheets().setAll(Styles.APP_CSS);
        }
        dialog.getDialogPane().getStyleClass().add(DIALOG_CLASS);
        dialog.getDialogPane().setMinWidth(480);
    }

    private Window window() {
        Window window = owner.get();
        if (window != null) {
            return window;
        }
        return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
    }
}
