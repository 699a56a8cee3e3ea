package org.emdrill.store.recording;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.emdrill.audio.DeliveryFigures;
import org.emdrill.audio.SpeechAnalyzer;
import org.emdrill.store.Database;
import org.emdrill.store.recording.RecordingRows.Unmeasured;

/**
 * Measures the recordings that have no delivery figures yet (imported, saved before measuring finished,
 * repaired after a crash), a few at a time, so Progress's delivery trend holds them without History
 * having to open each. A recording whose file is missing, outside the recordings folder or not a WAV that
 * can be read is marked and not tried again; History still tries when its attempt is opened, and a
 * recording attached anew starts unmarked. Reads audio outside the database lock; call from a background
 * thread.
 */
public final class PendingFigures {

    /**
     * What one call did.
     *
     * @param measured     recordings that now have figures
     * @param unmeasurable recordings found missing or unreadable, and marked
     * @param more         whether recordings are left for another call
     */
    public record Outcome(int measured, int unmeasurable, boolean more) {
    }

    private static final System.Logger LOG = System.getLogger(PendingFigures.class.getName());

    private final Database db;
    private final RecordingFolder folder;
    private final InstantSource clock;

    public PendingFigures(Database db, RecordingFolder folder, InstantSource clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Over the {@code recordings/} folder beside the database file. */
    public static PendingFigures besideDatabase(Database db, InstantSource clock) {
        return new PendingFigures(db, RecordingFolder.besideDatabase(db.file()), clock);
    }

    /**
     * Measures up to {@code max} recordings without figures, those of the newest attempts first (the trend
     * shows recent weeks). Stops early, with {@code more} set, when the thread is interrupted.
     */
    public Outcome measureSome(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be positive: " + max);
        }
        List<Unmeasured> found = db.withConnection(c -> RecordingRows.unmeasured(c, max + 1));
        boolean more = found.size() > max;
        int measured = 0;
        int unmeasurable = 0;
        for (Unmeasured u : found.subList(0, Math.min(max, found.size()))) {
            if (Thread.currentThread().isInterrupted()) {
                return new Outcome(measured, unmeasurable, true);
            }
            Optional<DeliveryFigures> figures = measure(u);
            if (figures.isPresent()) {
                if (db.withConnection(c -> RecordingRows.putFigures(c, u.attemptId(), u.file(), figures.get()))) {
                    measured++;
                }
            } else {
                db.withConnection(c -> {
                    RecordingRows.markUnmeasurable(c, u.attemptId(), u.file(), clock.instant());
                    return null;
                });
                unmeasurable++;
            }
        }
        return new Outcome(measured, unmeasurable, more);
    }

    /** The figures of one recording's file; empty when there is no readable file to measure. */
    private Optional<DeliveryFigures> measure(Unmeasured u) {
        if (!RecordingFolder.isSafeName(u.file())) {
            LOG.log(Level.INFO, "not measured: recording of attempt " + u.attemptId() + " names " + u.file()
                    + ", outside the recordings folder");
            return Optional.empty();
        }
        Path file = folder.fileOf(new Recording(u.attemptId(), u.file(), 0, null));
        if (!Files.isRegularFile(file)) {
            LOG.log(Level.INFO, "not measured: " + file + " is missing");
            return Optional.empty();
        }
        try {
            return Optional.of(new SpeechAnalyzer().analyze(file));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "not measured: " + file + " (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }
}
