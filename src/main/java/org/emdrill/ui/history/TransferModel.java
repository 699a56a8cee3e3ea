package org.emdrill.ui.history;

import java.nio.file.Path;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.emdrill.store.AttemptFilter;
import org.emdrill.store.transfer.HistoryTransfer;
import org.emdrill.store.transfer.ImportReport;
import org.emdrill.ui.common.BackgroundRunner;

/**
 * Export (CSV, JSON, Markdown; the filtered attempts or everything) and import of a JSON export. The
 * user picks files through {@link HistoryFiles}; reading and writing run in the background.
 */
public final class TransferModel {

    private final HistoryTransfer transfer;
    private final BackgroundRunner runner;
    private final HistoryFiles files;
    private final InstantSource clock;
    private final ZoneId zone;
    private final Supplier<AttemptFilter> currentFilter;
    private final Runnable onImported;
    private final Consumer<String> onError;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportReport> importReport = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> exported = new ReadOnlyObjectWrapper<>();

    TransferModel(HistoryTransfer transfer, BackgroundRunner runner, HistoryFiles files, InstantSource clock,
                  ZoneId zone, Supplier<AttemptFilter> currentFilter, Runnable onImported, Consumer<String> onError) {
        this.transfer = Objects.requireNonNull(transfer, "transfer");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.files = Objects.requireNonNull(files, "files");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.currentFilter = Objects.requireNonNull(currentFilter, "currentFilter");
        this.onImported = Objects.requireNonNull(onImported, "onImported");
        this.onError = Objects.requireNonNull(onError, "onError");
    }

    /** True while an export or import runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last export did, e.g. "Exported 12 attempts to history.csv"; empty when nothing to say. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The file the export message speaks of, so its folder can be opened; null while there is none. */
    public ReadOnlyObjectProperty<Path> exportedFileProperty() {
        return exported.getReadOnlyProperty();
    }

    /** Opens the folder of the file just exported in the file manager. */
    public void showExportedFolder() {
        if (exported.get() != null) {
            files.showFolderOf(exported.get());
        }
    }

    /** What the last import did, until dismissed; null when there is nothing to show. */
    public ReadOnlyObjectProperty<ImportReport> importReportProperty() {
        return importReport.getReadOnlyProperty();
    }

    /**
     * Asks where to, then writes the attempts in the background.
     *
     * @param onlyFiltered true for the attempts the current filter shows, false for the whole history
     */
    public void export(ExportFormat format, boolean onlyFiltered) {
        if (busy.get()) {
            return;
        }
        AttemptFilter filter = onlyFiltered ? currentFilter.get() : AttemptFilter.ALL;
        String suggested = "em-drill-history" + (onlyFiltered && !filter.isEmpty() ? "-filtered" : "") + "-"
                + LocalDate.ofInstant(clock.instant(), zone) + "." + format.extension();
        Optional<Path> target = files.chooseExportTarget(format, suggested);
        if (target.isEmpty()) {
            return;
        }
        Path file = withExtension(target.get(), format);
        busy.set(true);
        exported.set(null);
        status.set("Exporting…");
        runner.run(() -> switch (format) {
                    case CSV -> attempts(transfer.exportCsv(filter, file));
                    case JSON -> attempts(transfer.exportJson(filter, file));
                    case ZIP -> withRecordings(transfer.exportZip(filter, file));
                    case MARKDOWN -> attempts(transfer.exportMarkdown(filter, file, zone));
                },
                what -> {
                    busy.set(false);
                    status.set("Exported " + what + " to " + file);
                    exported.set(file);
                },
                failure -> {
                    busy.set(false);
                    status.set("");
                    onError.accept("Could not export to " + file + ": " + HistoryViewModel.message(failure));
                });
    }

    private static String attempts(int count) {
        return count + (count == 1 ? " attempt" : " attempts");
    }

    /** "12 attempts with 5 recordings", and how many recordings' files were gone from the disk. */
    static String withRecordings(HistoryTransfer.ZipExported z) {
        String text = attempts(z.attempts()) + " with " + z.recordings() + (z.recordings() == 1 ? " recording" : " recordings");
        if (z.missingFiles() > 0) {
            text += " (" + z.missingFiles() + (z.missingFiles() == 1 ? " recording's file was" : " recordings' files were")
                    + " missing from the recordings folder and left out)";
        }
        return text;
    }

    /** Asks for a JSON or zip export, merges it in the background and shows what happened. */
    public void importFile() {
        if (busy.get()) {
            return;
        }
        Optional<Path> source = files.chooseImportSource();
        if (source.isEmpty()) {
            return;
        }
        busy.set(true);
        exported.set(null);
        status.set("Importing…");
        importReport.set(null);
        runner.run(() -> transfer.importFile(source.get()),
                report -> {
                    busy.set(false);
                    status.set("");
                    importReport.set(report);
                    if (report.added() > 0) {
                        onImported.run();
                    }
                },
                failure -> {
                    busy.set(false);
                    status.set("");
                    onError.accept("Could not import " + source.get() + ": " + HistoryViewModel.message(failure));
                });
    }

    public void dismissStatus() {
        status.set("");
        exported.set(null);
    }

    public void dismissImportReport() {
        importReport.set(null);
    }

    /** A name typed without the extension gets it, so the file opens in the right program. */
    static Path withExtension(Path file, ExportFormat format) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + format.extension())
                ? file
                : file.resolveSibling(name + "." + format.extension());
    }
}
