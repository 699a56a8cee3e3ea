package org.emdrill.datafolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.emdrill.files.AtomicFiles;
import org.emdrill.store.InstanceLock;

/**
 * A small text file beside a data folder ({@code em-drill.moved-to} next to {@code em-drill}) that
 * says where the data went. It lives outside the folder so that it still works once the user removes
 * the old folder. Line one is the new folder, line two {@code pending} (copied, not yet in use) or
 * {@code switched}.
 */
public final class DataFolderPointer {

    private static final System.Logger LOG = System.getLogger(DataFolderPointer.class.getName());
    static final String PENDING = "pending";
    static final String SWITCHED = "switched";
    static final String NOTE = "MOVED.txt";

    private DataFolderPointer() {
    }

    public static Path file(Path dataDir) {
        Path d = dataDir.toAbsolutePath().normalize();
        return d.resolveSibling(d.getFileName() + ".moved-to");
    }

    /** The folder a move from {@code dataDir} is waiting to switch to, if one is. */
    public static Optional<Path> pendingTarget(Path dataDir) {
        return read(dataDir).filter(p -> PENDING.equals(p.state())).map(Pointer::target);
    }

    static void pending(Path from, Path to) throws IOException {
        write(from, to, PENDING);
    }

    /**
     * The data folder to use when the app is started on {@code dataDir}. A move that is still pending is
     * finished first: whatever changed in the old folder since the copy is copied again and checked, a
     * note in the old folder says where the data went, and the old folder is otherwise left alone. When
     * anything goes wrong the old folder stays in use and the reason is logged.
     */
    public static Path follow(Path dataDir) {
        Path current = dataDir;
        // A folder moved twice points on again; a loop of pointers stops after a few steps.
        for (int step = 0; step < 5; step++) {
            Path next = followOnce(current);
            if (next.equals(current)) {
                return current;
            }
            current = next;
        }
        return current;
    }

    private static Path followOnce(Path dataDir) {
        Optional<Pointer> pointer = read(dataDir);
        if (pointer.isEmpty()) {
            return dataDir;
        }
        Path target = pointer.get().target();
        if (SWITCHED.equals(pointer.get().state())) {
            if (Files.isDirectory(target)) {
                return target;
            }
            LOG.log(System.Logger.Level.WARNING, "the data folder moved to " + target + ", which is gone; using " + dataDir);
            return dataDir;
        }
        return finishMove(dataDir, target);
    }

    private static Path finishMove(Path from, Path to) {
        try {
            // Another copy of the app still running on the old folder would keep writing there.
            Optional<InstanceLock> lock = InstanceLock.tryAcquire(from);
            if (lock.isEmpty()) {
                return from;
            }
            try (InstanceLock held = lock.get()) {
                DataFolderMove.mirror(from, to);
                Optional<String> problem = DataFolderMove.check(from, to);
                if (problem.isPresent()) {
                    LOG.log(System.Logger.Level.WARNING, "not switching to " + to + ": " + problem.get());
                    return from;
                }
                Files.writeString(from.resolve(NOTE), "EM Drill's data now lives in " + to + System.lineSeparator()
                        + "This folder is the copy from before the move, kept as it was. Remove it once you are"
                        + " happy that everything is in the new folder." + System.lineSeparator(),
                        StandardCharsets.UTF_8);
                write(from, to, SWITCHED);
                return to;
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "not switching to " + to + ": " + e.getMessage());
            return from;
        }
    }

    private record Pointer(Path target, String state) {
    }

    private static Optional<Pointer> read(Path dataDir) {
        Path file = file(dataDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                return Optional.empty();
            }
            String state = lines.size() > 1 ? lines.get(1).strip() : SWITCHED;
            return Optional.of(new Pointer(Path.of(lines.get(0).strip()), state));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static void write(Path from, Path to, String state) throws IOException {
        AtomicFiles.write(file(from), (to + "\n" + state + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
