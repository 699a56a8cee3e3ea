package org.emdrill.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every question the app asks in a window of its own: confirmations, choices, errors, file choosers,
 * and showing a folder in the file manager.
 * Injected into the view models by {@code app}; tests pass a fake that answers at once. Called on the
 * FX thread. The JavaFX implementation is {@link FxDialogService}.
 */
public interface DialogService {

    /**
     * A yes/no question, e.g. "Remove bank" / "Remove “Hiring”?" / … / "Remove" / "Cancel".
     *
     * @param destructive true when confirming throws something away: the confirm button is marked as
     *                    dangerous and is not the default, so Enter keeps things as they are
     */
    record Confirmation(String title, String heading, String message, String confirmLabel, String cancelLabel,
                        boolean destructive) {
        public Confirmation {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(confirmLabel, "confirmLabel");
            Objects.requireNonNull(cancelLabel, "cancelLabel");
        }
    }

    /** One of several answers besides cancelling, e.g. "Replace" or "Keep both". */
    record Choice(String title, String heading, String message, List<String> options, String cancelLabel) {
        public Choice {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(message, "message");
            options = List.copyOf(options);
            Objects.requireNonNull(cancelLabel, "cancelLabel");
        }
    }

    /** A kind of file a chooser offers, e.g. "Question banks (*.json)" with {@code *.json}. */
    record FileKind(String description, List<String> patterns) {
        public FileKind {
            Objects.requireNonNull(description, "description");
            patterns = List.copyOf(patterns);
        }

        public static FileKind of(String description, String... patterns) {
            return new FileKind(description, List.of(patterns));
        }
    }

    /**
     * What a file chooser shows.
     *
     * @param suggestedName the file name a save chooser offers; empty for an open chooser
     */
    record FileRequest(String title, String suggestedName, List<FileKind> kinds) {
        public FileRequest {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(suggestedName, "suggestedName");
            kinds = List.copyOf(kinds);
        }
    }

    /** @return true when the user chose {@code confirmLabel}; false for cancel or closing the window */
    boolean confirm(Confirmation confirmation);

    /** @return the option chosen, empty when the user cancelled or closed the window */
    Optional<String> choose(Choice choice);

    /** A line of text, e.g. a name to save something under; empty when cancelled or left blank. */
    Optional<String> askText(String title, String heading, String label, String initialText);

    /** Tells the user something went wrong and what to do about it; returns when they closed it. */
    void showError(String title, String heading, String message);

    /** Shows a folder in the system's file manager, e.g. the one a file was just exported to. */
    void showFolder(Path folder);

    /** @return the file to write, empty when the user cancelled */
    Optional<Path> chooseSaveTarget(FileRequest request);

    /** @return the file to read, empty when the user cancelled */
    Optional<Path> chooseFileToOpen(FileRequest request);

    /** @return the files to read, none when the user cancelled */
    List<Path> chooseFilesToOpen(FileRequest request);
}
