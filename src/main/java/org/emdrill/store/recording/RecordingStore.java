package org.emdrill.store.recording;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.emdrill.audio.DeliveryFigures;
import org.emdrill.audio.SpeechAnalyzer;
import org.emdrill.audio.WavRepair;
import org.emdrill.store.Database;

/**
 * The recordings of spoken answers: which attempt has one, its file and its delivery figures. A
 * recording can be deleted on its own, keeping the attempt; deleting the attempt takes the recording
 * with it ({@link org.emdrill.store.AttemptRevisions#delete}). Call from a background thread.
 */
public final class RecordingStore {

    private static final System.Logger LOG = System.getLogger(RecordingStore.class.getName());

    private final Database db;
    private final RecordingFolder folder;
    private final InstantSource clock;

    public RecordingStore(Database db, RecordingFolder folder, InstantSource clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The store over the {@code recordings/} folder beside the database file. */
    public static RecordingStore besideDatabase(Database db, InstantSource clock) {
        return new RecordingStore(db, RecordingFolder.besideDatabase(db.file()), clock);
    }

    public RecordingFolder folder() {
        return folder;
    }

    /** Where a recording's WAV file is. */
    public Path fileOf(Recording r) {
        return folder.fileOf(r);
    }

    /** Records that attempt {@code r.attemptId()} has this recording (replacing an earlier one). */
    public void attach(Recording r) {
        db.withConnection(c -> {
            RecordingRows.put(c, r, clock.instant());
            return null;
        });
    }

    /**
     * The recording with its delivery figures: when it has none yet (recorded before analysis ran, or
     * analysis failed then), they are measured from the file now and stored, so this happens once.
     * A missing or unreadable file leaves the recording as it is.
     */
    public Recording analysed(Recording r) {
        if (r.figures() != null) {
            return r;
        }
        Path file = fileOf(r);
        if (!Files.isRegularFile(file)) {
            return r;
        }
        DeliveryFigures figures;
        try {
            figures = new SpeechAnalyzer().analyze(file);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not measure " + file + ": " + e.getMessage());
            return r;
        }
        Recording measured = new Recording(r.attemptId(), r.file(), figures.durationSeconds(), figures);
        attach(measured);
        // As stored (to the millisecond), so what is shown now is what the next open shows.
        return find(r.attemptId()).orElse(measured);
    }

    /**
     * Finishes the recordings the app did not close (it stopped while recording): each WAV's header is
     * rebuilt from its length, so the recording plays and stays attached to its attempt or draft.
     *
     * @return how many files were repaired
     */
    public static int repairUnfinished(RecordingFolder folder) {
        Path root = folder.path();
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int repaired = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (!Files.isRegularFile(f) || !f.getFileName().toString().endsWith(".wav")
                        || root.relativize(f).startsWith(RecordingFolder.TRASH)) {
                    continue;
                }
                try {
                    if (WavRepair.repair(f).status() == WavRepair.Status.REPAIRED) {
                        repaired++;
                        LOG.log(Level.INFO, "repaired the unfinished recording " + f);
                    }
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Could not repair " + f + ": " + e.getMessage());
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.log(Level.WARNING, "Could not look through " + root + ": " + e.getMessage());
        }
        return repaired;
    }

    public Optional<Recording> find(long attemptId) {
        return db.withConnection(c -> RecordingRows.find(c, attemptId));
    }

    /**
     * Deletes the recording of attempt {@code attemptId} and its file; the attempt stays. The file goes
     * aside first and is deleted only once the row is gone, so a failed delete leaves both in place.
     *
     * @return whether the attempt had a recording
     */
    public boolean delete(long attemptId) {
        Optional<Recording> found = find(attemptId);
        if (found.isEmpty()) {
            return false;
        }
        Recording r = found.get();
        boolean aside = folder.moveToTrash(r);
        try {
            db.withConnection(c -> RecordingRows.delete(c, attemptId));
        } catch (RuntimeException e) {
            if (aside) {
                folder.restoreFromTrash(r);
            }
            throw e;
        }
        try {
            if (aside) {
                folder.deleteFromTrash(r);
            } else {
                folder.deleteFile(r);
            }
        } catch (IOException e) {
            // The row is gone, so the file is no longer shown; the start-up sweep of the corner retries.
            LOG.log(Level.WARNING, "Could not delete the recording of attempt " + attemptId + ": " + e.getMessage());
        }
        return true;
    }
}
