package org.emdrill.store.recording;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
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
