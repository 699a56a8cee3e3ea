package org.emdrill.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Moves a SQLite file together with its {@code -wal} and {@code -shm} companions. The write-ahead log
 * can hold committed data not yet copied into the main file, so the two must always travel together.
 */
final class DatabaseFiles {

    static final List<String> COMPANION_SUFFIXES = List.of("-wal", "-shm");

    private DatabaseFiles() {
    }

    /**
     * Renames {@code file} to {@code <name>.<label>} beside itself (adding {@code -2}, {@code -3} when
     * taken), and its companions to match, so SQLite tools still pair them. Returns the new main path.
     */
    static Path moveAside(Path file, String label) throws IOException {
        Path target = freeName(file, file.getFileName() + "." + label);
        Files.move(file, target);
        for (String suffix : COMPANION_SUFFIXES) {
            Path companion = companion(file, suffix);
            if (Files.exists(companion)) {
                Files.move(companion, companion(target, suffix));
            }
        }
        return target;
    }

    /** Undoes {@link #moveAside}: puts the main file and its companions back under {@code original}. */
    static void moveBack(Path asideFile, Path original) throws IOException {
        Files.move(asideFile, original);
        for (String suffix : COMPANION_SUFFIXES) {
            Path companion = companion(asideFile, suffix);
            if (Files.exists(companion)) {
                Files.move(companion, companion(original, suffix));
            }
        }
    }

    static Path companion(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** {@code name}, or {@code name-2}, {@code name-3}... whichever does not exist yet. */
    static Path freeName(Path beside, String name) {
        Path candidate = beside.resolveSibling(name);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = beside.resolveSibling(name + "-" + n);
        }
        return candidate;
    }
}
