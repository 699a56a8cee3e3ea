package org.emdrill.ui.history;

import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Objects;
import org.emdrill.practice.schedule.StudyDay;
import org.emdrill.store.AttemptRevisions;
import org.emdrill.store.AttemptSearch;
import org.emdrill.store.Database;
import org.emdrill.store.ScheduleRebuild;
import org.emdrill.store.StoredAttempts;
import org.emdrill.store.transfer.HistoryTransfer;
import org.emdrill.store.recording.RecordingStore;
import org.emdrill.audio.playback.CachedWaveforms;
import org.emdrill.ui.common.Listening;

/**
 * The store services the History screen reads and changes the history through.
 *
 * @param stored    whole attempts with their revision stamp, for the detail
 * @param search    the filtered, sorted list and every attempt at one question
 * @param revisions revising scores and notes, deleting with undo
 * @param transfer  export and import
 * @param recordings the recordings of spoken answers (under the data folder's {@code recordings/})
 * @param listening  playing recordings back and the waveforms to draw
 */
public record HistoryServices(StoredAttempts stored, AttemptSearch search, AttemptRevisions revisions,
                              HistoryTransfer transfer, RecordingStore recordings, Listening listening) {

    public HistoryServices {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(revisions, "revisions");
        Objects.requireNonNull(transfer, "transfer");
        Objects.requireNonNull(recordings, "recordings");
        Objects.requireNonNull(listening, "listening");
    }

    /** The same services, playing recordings through {@code other} (a fake in tests, the engine's in the app). */
    public HistoryServices with(Listening other) {
        return new HistoryServices(stored, search, revisions, transfer, recordings, other);
    }

    /** All over one database; {@code clock} stamps exports; practice days in the system's time zone. */
    public static HistoryServices over(Database db, InstantSource clock) {
        return over(db, clock, StudyDay.in(ZoneId.systemDefault()));
    }

    /** All over one database; revisions and deletes replay review schedules on {@code studyDay}. */
    public static HistoryServices over(Database db, InstantSource clock, StudyDay studyDay) {
        return new HistoryServices(new StoredAttempts(db), new AttemptSearch(db),
                new AttemptRevisions(db, ScheduleRebuild.standard(studyDay)), new HistoryTransfer(db, clock),
                RecordingStore.besideDatabase(db, clock), Listening.system(new CachedWaveforms()));
    }
}
