package org.emdrill.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.emdrill.store.PlainErrors;

/**
 * The words for problems met at start: each says what happened, to which file or folder, and what to do.
 * The technical detail (exception, SQLite text) is logged by the caller, never shown.
 */
final class StartupMessages {

    private StartupMessages() {
    }

    /** The data folder could not be created, prepared or locked. */
    static String cannotPrepare(Path dataDir, IOException e) {
        if (Files.isDirectory(dataDir) && (!Files.isWritable(dataDir) || deniedOrNotPermitted(e))) {
            return "EM Drill cannot write to its data folder " + dataDir + ": the folder is not writable. Make it"
                    + " writable for your user (or remove its read-only flag), or start EM Drill with --data-dir"
                    + " pointing to a folder you can write to.";
        }
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            return "EM Drill cannot use " + dataDir + " as its data folder: it is a file, not a folder. Move the"
                    + " file away, or start EM Drill with --data-dir pointing to a folder.";
        }
        return "EM Drill cannot create its data folder " + dataDir + " (" + reason(e) + "). Check that the location"
                + " is writable, or start EM Drill with --data-dir pointing somewhere else.";
    }

    /** Opening {@code history.db} failed; a lock held by another program is worth waiting for. */
    static Startup.Result historyFailure(AppPaths paths, Throwable e) {
        Path file = paths.database();
        return switch (PlainErrors.causeOf(e)) {
            case LOCKED -> Startup.Result.failed(StartupFailure.Kind.LOCKED, "Another program is using the history"
                    + " file " + file + " (a backup or sync tool, or an SQLite browser, may have it open). Close that"
                    + " program, then choose Try again. Your history is not changed while EM Drill waits.");
            case READ_ONLY -> Startup.Result.failed(StartupFailure.Kind.CANNOT_START, "The history file " + file
                    + " cannot be opened for writing: it or its folder is not writable. Make it writable, then choose"
                    + " Try again.");
            case DISK_FULL -> Startup.Result.failed(StartupFailure.Kind.CANNOT_START, "The disk that holds " + file
                    + " is full. Free some space, then choose Try again.");
            case DISK_ERROR -> Startup.Result.failed(StartupFailure.Kind.CANNOT_START, "The history file " + file
                    + " could not be read: the disk reported an error. Check the disk or network share, then choose"
                    + " Try again. Details are in the log folder " + paths.logs() + ".");
            case DAMAGED, OTHER -> Startup.Result.failed(StartupFailure.Kind.CANNOT_START, "EM Drill could not open"
                    + " its history file " + file + "; it was not changed. Details are in the log folder "
                    + paths.logs() + ". Choose Try again, or start EM Drill with --data-dir to use another folder.");
        };
    }

    /**
     * Files and folders that saving needs but cannot write: found at start so the user hears before
     * answering a question, not after.
     */
    static Optional<String> cannotSave(AppPaths paths) {
        List<String> readOnly = new ArrayList<>();
        for (Path p : List.of(paths.dataDir(), paths.database(), paths.drafts())) {
            if (Files.exists(p) && !Files.isWritable(p)) {
                readOnly.add(p.toString());
            }
        }
        if (readOnly.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Your answers cannot be saved: " + String.join(" and ", readOnly)
                + (readOnly.size() == 1 ? " is" : " are") + " not writable. You can look through your history;"
                + " to practise, make " + (readOnly.size() == 1 ? "it" : "them") + " writable and restart EM Drill.");
    }

    private static boolean deniedOrNotPermitted(IOException e) {
        return e instanceof AccessDeniedException
                || e instanceof FileSystemException fse && fse.getReason() != null
                && fse.getReason().contains("not permitted");
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
