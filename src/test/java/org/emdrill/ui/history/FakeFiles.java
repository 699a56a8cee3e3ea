package org.emdrill.ui.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link HistoryFiles} that answers with the files a test chose, and remembers what it was asked. */
final class FakeFiles implements HistoryFiles {

    Path exportTarget;
    Path importSource;
    final List<String> suggestedNames = new ArrayList<>();

    @Override
    public Optional<Path> chooseExportTarget(ExportFormat format, String suggestedName) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(exportTarget);
    }

    @Override
    public Optional<Path> chooseImportSource() {
        return Optional.ofNullable(importSource);
    }
}
