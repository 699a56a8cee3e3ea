package org.emdrill.datafolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Copies a data folder to a new place and checks the copy: the same files with the same sizes, and a
 * history database that opens and holds every attempt. The original is never changed; the app switches
 * to the copy on its next start (see {@link DataFolderPointer}).
 */
public final class DataFolderMove {

    /** Runs the copy while nothing writes to the history database (the app holds its database lock). */
    public interface Quiet {
        void run(CopyWork copy) throws IOException;

        /** For callers whose database is closed, and tests. */
        static Quiet none() {
            return CopyWork::copy;
        }
    }

    /** The copy itself, handed to {@link Quiet}. */
    public interface CopyWork {
        void copy() throws IOException;
    }

    private final Path from;

    public DataFolderMove(Path from) {
        this.from = from.toAbsolutePath().normalize();
    }

    public MoveOutcome copyTo(Path requested, Quiet quiet) throws IOException {
        Path to = requested.toAbsolutePath().normalize();
        Optional<String> refusal = refusal(to);
        if (refusal.isPresent()) {
            return new MoveOutcome.Refused(refusal.get());
        }
        quiet.run(() -> mirror(from, to));
        Optional<String> problem = check(from, to);
        if (problem.isPresent()) {
            return new MoveOutcome.Refused("The copy in " + to + " did not check out: " + problem.get()
                    + ". Nothing was switched; EM Drill keeps using " + from + ". You can remove the copy.");
        }
        DataFolderPointer.pending(from, to);
        FolderContents copied = FolderContents.of(to);
        return new MoveOutcome.Copied(to, copied.fileCount(), copied.totalBytes());
    }

    private Optional<String> refusal(Path to) throws IOException {
        if (to.equals(from)) {
            return Optional.of("That is the folder EM Drill already uses.");
        }
        if (to.startsWith(from)) {
            return Optional.of("The new folder cannot be inside the current data folder " + from + ".");
        }
        if (from.startsWith(to)) {
            return Optional.of("The new folder cannot contain the current data folder " + from + ".");
        }
        if (Files.exists(to) && !Files.isDirectory(to)) {
            return Optional.of(to + " is a file, not a folder. Choose an empty folder.");
        }
        if (Files.isDirectory(to)) {
            try (Stream<Path> entries = Files.list(to)) {
                if (entries.findAny().isPresent()) {
                    return Optional.of(to + " is not empty. Choose an empty folder, or make a new one, so nothing "
                            + "there is overwritten.");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Makes {@code to} hold exactly the data files of {@code from}: copies what is new or changed (size or
     * time), and removes what {@code from} no longer has. Only used on a folder this class filled.
     */
    static void mirror(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        FolderContents source = FolderContents.of(from);
        for (Map.Entry<String, Long> f : source.sizes().entrySet()) {
            Path src = from.resolve(f.getKey());
            Path dst = to.resolve(f.getKey());
            if (Files.exists(dst) && Files.size(dst) == f.getValue()
                    && Files.getLastModifiedTime(dst).equals(Files.getLastModifiedTime(src))) {
                continue;
            }
            Files.createDirectories(dst.getParent());
            Path part = dst.resolveSibling(dst.getFileName() + ".copying");
            Files.copy(src, part, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Files.move(part, dst, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        for (String gone : FolderContents.of(to).sizes().keySet()) {
            if (!source.sizes().containsKey(gone)) {
                Files.delete(to.resolve(gone));
            }
        }
    }

    /** Empty when {@code to} holds the same files with the same sizes and its history opens whole. */
    static Optional<String> check(Path from, Path to) throws IOException {
        FolderContents source = FolderContents.of(from);
        FolderContents copy = FolderContents.of(to);
        if (source.fileCount() != copy.fileCount()) {
            return Optional.of(copy.fileCount() + " files arrived instead of " + source.fileCount());
        }
        for (Map.Entry<String, Long> f : source.sizes().entrySet()) {
            Long size = copy.sizes().get(f.getKey());
            if (size == null) {
                return Optional.of(f.getKey() + " is missing");
            }
            if (!size.equals(f.getValue())) {
                return Optional.of(f.getKey() + " has " + size + " bytes instead of " + f.getValue());
            }
        }
        return HistoryCheck.compare(from.resolve("history.db"), to.resolve("history.db"));
    }
}
