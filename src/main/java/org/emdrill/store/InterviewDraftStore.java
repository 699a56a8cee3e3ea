package org.emdrill.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import org.emdrill.practice.drill.MockInterviewSnapshot;

/**
 * Keeps the running mock interview in {@code drafts/interview.json}, so a crash or a killed app loses at
 * most a second or two of it. Written atomically: a kill leaves the previous snapshot or the new one,
 * never half of each. An unreadable file is moved aside, never deleted: it may hold answers the user
 * wants to copy out by hand.
 */
public final class InterviewDraftStore {

    private static final System.Logger LOG = System.getLogger(InterviewDraftStore.class.getName());
    static final String FILE_NAME = "interview.json";
    private static final long MAX_BYTES = 8L * 1024 * 1024;

    private final Path file;
    private final InstantSource clock;

    /** @param draftsFolder {@code <dataDir>/drafts}; created on the first save */
    public InterviewDraftStore(Path draftsFolder) {
        this(draftsFolder, InstantSource.system());
    }

    /** @param clock names the file an unreadable snapshot is moved to */
    public InterviewDraftStore(Path draftsFolder, InstantSource clock) {
        this.file = draftsFolder.resolve(FILE_NAME);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Path file() {
        return file;
    }

    public void save(MockInterviewSnapshot snapshot) throws IOException {
        AtomicFiles.write(file, snapshot.toJson().getBytes(StandardCharsets.UTF_8));
    }

    public void clear() throws IOException {
        Files.deleteIfExists(file);
    }

    /** The saved interview; empty when there is none or it cannot be read (then it is moved aside). */
    public Optional<MockInterviewSnapshot> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Optional<MockInterviewSnapshot> snapshot;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IOException("larger than " + MAX_BYTES + " bytes");
            }
            snapshot = MockInterviewSnapshot.fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "interview snapshot unreadable: " + e.getMessage());
            snapshot = Optional.empty();
        }
        if (snapshot.isEmpty()) {
            setAside();
        }
        return snapshot;
    }

    /**
     * Moves the file out of the way under a name of its own, e.g. when it reads as a snapshot but cannot
     * be resumed. Returns where it went, empty when there was nothing to move or the move failed.
     */
    public Optional<Path> setAside() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Path aside = file.resolveSibling("interview-unreadable-" + clock.instant().toEpochMilli() + ".json");
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            LOG.log(System.Logger.Level.WARNING, "interview snapshot kept as " + aside.getFileName());
            return Optional.of(aside);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not move the interview snapshot aside: " + e.getMessage());
            return Optional.empty();
        }
    }
}
