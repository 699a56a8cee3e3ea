package org.emdrill.ui.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.emdrill.ui.common.DialogService;

/**
 * A {@link DialogService} that answers at once with what the test set, and keeps every question it
 * was asked, so a test can check both the answer's effect and the wording the user would have read.
 */
public class FakeDialogService implements DialogService {

    /** The answer to every yes/no question. */
    public boolean confirmAnswer;
    /** The option every choice is answered with; null cancels. */
    public String choiceAnswer;
    /** The answer to every text question; null cancels. */
    public String textAnswer;
    /** The file every save chooser returns; null cancels. */
    public Path saveTarget;
    /** The file(s) every open chooser returns; empty cancels. */
    public List<Path> openFiles = List.of();

    public final List<Confirmation> confirmations = new ArrayList<>();
    public final List<Choice> choices = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<FileRequest> fileRequests = new ArrayList<>();
    /** Every folder the app asked the file manager to show. */
    public final List<Path> shownFolders = new ArrayList<>();

    @Override
    public void showFolder(Path folder) {
        shownFolders.add(folder);
    }

    @Override
    public boolean confirm(Confirmation confirmation) {
        confirmations.add(confirmation);
        return confirmAnswer;
    }

    @Override
    public Optional<String> choose(Choice choice) {
        choices.add(choice);
        return Optional.ofNullable(choiceAnswer).filter(choice.options()::contains);
    }

    @Override
    public Optional<String> askText(String title, String heading, String label, String initialText) {
        return Optional.ofNullable(textAnswer);
    }

    @Override
    public void showError(String title, String heading, String message) {
        errors.add(heading + " " + message);
    }

    @Override
    public Optional<Path> chooseSaveTarget(FileRequest request) {
        fileRequests.add(request);
        return Optional.ofNullable(saveTarget);
    }

    @Override
    public Optional<Path> chooseFileToOpen(FileRequest request) {
        fileRequests.add(request);
        return openFiles.stream().findFirst();
    }

    @Override
    public List<Path> chooseFilesToOpen(FileRequest request) {
        fileRequests.add(request);
        return List.copyOf(openFiles);
    }
}
