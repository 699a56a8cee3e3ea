package org.emdrill.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.emdrill.files.AtomicFiles;
import org.emdrill.practice.AnswerDraft;
import org.emdrill.practice.AnswerDraftJson;
import org.emdrill.practice.mockinterview.MockInterviewSnapshot;

/**
 * Keeps work in progress in one file under {@code drafts/}: the Practice answer in {@code current.json},
 * the running mock interview in {@code interview.json}. Written atomically, so a kill or power cut
 * leaves the previous draft or the new one, never half of each. An unreadable file is moved aside,
 * never deleted: it may hold words the user wants to copy out by hand.
 *
 * @param <T> what the file holds
 */
public final class DraftStore<T> {

    private static final System.Logger LOG = System.getLogger(DraftStore.class.getName());
    private static final long MAX_BYTES = 8L * 1024 * 1024;

    private final Path file;
    private final Function<T, String> writer;
    private final Function<String, Optional<T>> reader;
    private final InstantSource clock;

    DraftStore(Path file, Function<T, String> writer, Function<String, Optional<T>> reader, InstantSource clock) {
        this.file = Objects.requireNonNull(file, "file");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The Practice screen's answer in progress. */
    public static DraftStore<AnswerDraft> practice(Path draftsFolder, InstantSource clock) {
        return new DraftStore<>(draftsFolder.resolve("current.json"), AnswerDraftJson::toFile,
                AnswerDraftJson::fromFile, clock);
    }

    /** The running mock interview. */
    public static DraftStore<MockInterviewSnapshot> mockInterview(Path draftsFolder, InstantSource clock) {
        return new DraftStore<>(draftsFolder.resolve("interview.json"), MockInterviewSnapshot::toJson,
                MockInterviewSnapshot::fromJson, clock);
    }

    public Path file() {
        return file;
    }

    public void save(T draft) throws IOException {
        AtomicFiles.write(file, writer.apply(draft).getBytes(StandardCharsets.UTF_8));
    }

    public void clear() throws IOException {
        Files.deleteIfExists(file);
    }

    /** The saved draft; empty when there is none or it cannot be read (then it is moved aside). */
    public Optional<T> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Optional<T> draft;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IOException("larger than " + MAX_BYTES + " bytes");
            }
            draft = reader.apply(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, file.getFileName() + " unreadable: " + e.getClass().getSimpleName());
            draft = Optional.empty();
        }
        if (draft.isEmpty()) {
            setAside();
        }
        return draft;
    }

    /**
     * Moves the file out of the way under a name of its own, e.g. when it reads as a draft but cannot
     * be resumed. Returns where it went, empty when there was nothing to move or the move failed.
     */
    public Optional<Path> setAside() {
        return moveAside("unreadable", System.Logger.Level.WARNING);
    }

    /**
     * Moves a readable draft the user put away (discarded, or left for a new practice) out of the way,
     * kept under a name that says so rather than as unreadable.
     */
    public Optional<Path> putAway() {
        return moveAside("put-away", System.Logger.Level.INFO);
    }

    private Optional<Path> moveAside(String why, System.Logger.Level level) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        Path aside = file.resolveSibling(name + "-" + why + "-" + clock.instant().toEpochMilli() + ".json");
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            LOG.log(level, "draft kept as " + aside.getFileName());
            return Optional.of(aside);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not move the draft aside: " + e.getMessage());
            return Optional.empty();
        }
    }
}
