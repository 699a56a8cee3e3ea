package org.emdrill.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import org.emdrill.audio.DeliveryFigures;
import org.emdrill.audio.SpeechAnalyzer;
import org.emdrill.audio.WavFormat;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.SignalTicks;
import org.emdrill.practice.FollowUpAnswer;
import org.emdrill.practice.schedule.ReviewState;
import org.emdrill.practice.schedule.Sm2Scheduler;
import org.emdrill.store.recording.Recording;
import org.emdrill.store.recording.RecordingFolder;
import org.emdrill.store.recording.RecordingRows;

/**
 * The one place an answered question becomes history, for Practice and Mock interview alike: the
 * attempt, its scores, its follow-up answers, the signals and red flags ticked, and its question's next
 * review date are written in one transaction, and the draft that held the answer is cleared only once that transaction committed.
 * Blocks on the database: call it from the background worker.
 */
public final class AttemptRecorder {

    private static final System.Logger LOG = System.getLogger(AttemptRecorder.class.getName());

    private final Database db;
    private final ScheduleRepository schedule;
    private final Sm2Scheduler scheduler;
    private final InstantSource clock;
    private final RecordingFolder recordings;

    public AttemptRecorder(Database db, Sm2Scheduler scheduler, InstantSource clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.recordings = RecordingFolder.besideDatabase(db.file());
        this.schedule = new ScheduleRepository(db);
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Where an attempt belongs: a Practice attempt stands alone; a mock interview's has its session and
     * place in it.
     */
    public record Placement(long sessionId, int position) {
        public static final Placement PRACTICE = new Placement(0, 0);

        boolean inSession() {
            return sessionId != 0;
        }
    }

    /**
     * Saves the attempt with everything that belongs to it and returns its id. When {@code draft} is
     * given it is cleared after the commit; a failure to clear it is logged, never reported as a failed
     * save (the attempt is safe, and a stale draft is only offered again).
     */
    public long record(Attempt attempt, Placement placement, List<FollowUpAnswer> followUps, DraftStore<?> draft) {
        return record(attempt, placement, followUps, draft, null);
    }

    /**
     * As above, with the story the user picked to tell ({@code storyId}, or null for none). A story
     * deleted in the meantime is no reason to lose the answer: the attempt is then saved without one.
     */
    public long record(Attempt attempt, Placement placement, List<FollowUpAnswer> followUps, DraftStore<?> draft,
                       String storyId) {
        return record(attempt, placement, followUps, draft, storyId, SignalTicks.NONE, null);
    }

    /**
     * As above, with the signals and red flags the user ticked while scoring, and the spoken answer's
     * recording: {@code recordingFile} names its WAV relative to the data folder's {@code recordings/}
     * (null for none). Both are saved in the same transaction as the attempt. The recording is measured
     * first (outside the transaction, so the database is not held while the audio is read). A file that
     * is not there (the microphone never opened) leaves the attempt without a recording; one that cannot
     * be measured is attached without figures, which History measures later.
     */
    public long record(Attempt attempt, Placement placement, List<FollowUpAnswer> followUps, DraftStore<?> draft,
                       String storyId, SignalTicks ticks, String recordingFile) {
        Recording recording = recordingFile == null ? null : measured(recordingFile);
        if (attempt.id() != 0) {
            throw new IllegalArgumentException("attempt " + attempt.id() + " is already saved");
        }
        Instant createdAt = clock.instant();
        long id = db.inTransaction(c -> {
            long attemptId = AttemptRows.insert(c, attempt, null, createdAt,
                    placement.inSession() ? placement.sessionId() : null,
                    placement.inSession() ? placement.position() : null, null);
            FollowUpRows.insert(c, attemptId, followUps);
            SignalTickRows.insert(c, attemptId, ticks);
            if (storyId != null) {
                try (java.sql.PreparedStatement ps = c.prepareStatement(
                        "UPDATE attempts SET story_id = (SELECT id FROM stories WHERE id = ?) WHERE id = ?")) {
                    ps.setString(1, storyId);
                    ps.setLong(2, attemptId);
                    ps.executeUpdate();
                }
            }
            if (recording != null) {
                RecordingRows.put(c, recording.withAttempt(attemptId), createdAt);
            }
            reschedule(attempt);
            return attemptId;
        });
        if (draft != null) {
            try {
                draft.clear();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "saved attempt's draft not cleared: " + e.getMessage());
            }
        }
        return id;
    }

    private Recording measured(String name) {
        Recording bare;
        try {
            bare = new Recording(0, name, 0, null);
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "recording name outside the recordings folder ignored: " + name);
            return null;
        }
        Path file = recordings.fileOf(bare);
        if (!Files.isRegularFile(file)) {
            LOG.log(System.Logger.Level.INFO, "no recording to attach (nothing was captured): " + file);
            return null;
        }
        try {
            DeliveryFigures f = new SpeechAnalyzer().analyze(file);
            return new Recording(0, name, f.durationSeconds(), f);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "recording not measured, attached without figures: " + e.getMessage());
            try {
                long data = Math.max(0, Files.size(file) - 44);
                return new Recording(0, name, data / (double) WavFormat.RECORDING.bytesPerSecond(), null);
            } catch (IOException gone) {
                return null;
            }
        }
    }

    /** Moves the question's review date by how the answer was scored; unscored answers leave it alone. */
    private void reschedule(Attempt attempt) {
        if (attempt.overall() == null) {
            return;
        }
        // Runs inside the caller's transaction: the database lock is re-entrant and the connection shared.
        ReviewState before = schedule.find(attempt.questionId())
                .orElseGet(() -> scheduler.newQuestion(attempt.questionId(), attempt.bankId()));
        scheduler.afterAttempt(before, attempt.overall()).ifPresent(schedule::save);
    }
}
