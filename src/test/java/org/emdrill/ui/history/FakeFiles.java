package org.emdrill.ui.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.emdrill.ui.testing.FakeDialogService;

/** Dialogs that answer the History screen's file questions with the files a test chose, and remember what was asked. */
final class FakeFiles extends FakeDialogService {

    Path exportTarget;
    Path importSource;
    final List<String> suggestedNames = new ArrayList<>();

    @Override
    public Optional<Path> chooseSaveTarget(FileRequest request) {
        super.chooseSaveTarget(request);
        suggestedNames.add(request.suggestedName());
        return Optional.ofNullable(exportTarget);
    }

    @Override
    public Optional<Path> chooseFileToOpen(FileRequest request) {
        super.chooseFileToOpen(request);
        return Optional.ofNullable(importSource);
    }
}
