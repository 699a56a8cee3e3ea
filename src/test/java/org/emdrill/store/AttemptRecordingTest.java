package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.emdrill.audio.WavFormat;
import org.emdrill.audio.WavWriter;
import org.emdrill.practice.schedule.Sm2Scheduler;
import org.emdrill.practice.schedule.Sm2Settings;
import org.emdrill.practice.schedule.StudyDay;
import org.emdrill.store.recording.Recording;
import org.emdrill.store.recording.RecordingStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a spoken answer attaches its recording, measured, with the attempt in one go. */
class AttemptRecordingTest {

    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-05-04T09:00:00Z"));

    @TempDir
    Path dir;

    private Database db;
    private AttemptRecorder recorder;
    private RecordingStore recordings;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("history.db"));
        SchemaMigrator.standard().migrate(db);
        recorder = new AttemptRecorder(db, new Sm2Scheduler(Sm2Settings.defaults(), StudyDay.in(ZoneOffset.UTC), CLOCK),
                CLOCK);
        recordings = RecordingStore.besideDatabase(db, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** 1 s of silence, 2 s of a voice-like tone, 3 s of silence, 1 s of tone: 7 s with one long pause. */
    private void writeAnswer(String name) throws Exception {
        int rate = WavFormat.RECORDING.sampleRate();
        double[][] parts = {{1, 0}, {2, 0.4}, {3, 0}, {1, 0.4}};
        try (WavWriter w = new WavWriter(dir.resolve("recordings").resolve(name), WavFormat.RECORDING)) {
            for (double[] p : parts) {
                byte[] pcm = new byte[(int) (p[0] * rate) * 2];
                for (int i = 0; i < pcm.length / 2; i++) {
                    int v = (int) Math.round(p[1] * 32767 * Math.sin(2 * Math.PI * 200 * i / rate));
                    pcm[2 * i] = (byte) v;
                    pcm[2 * i + 1] = (byte) (v >> 8);
                }
                w.write(pcm, 0, pcm.length);
            }
        }
    }

    @Test
    void theRecordingIsAttachedWithItsFigures() throws Exception {
        writeAnswer("answer-1.wav");

        long id = recorder.record(SampleAttempts.full(), AttemptRecorder.Placement.PRACTICE, List.of(), null, null,
                org.emdrill.domain.SignalTicks.NONE, "answer-1.wav");

        Recording r = recordings.find(id).orElseThrow();
        assertEquals("answer-1.wav", r.file());
        assertEquals(7.0, r.durationSeconds(), 0.01);
        assertNotNull(r.figures(), "measured when saved, so History need not");
        assertEquals(1.0, r.figures().firstWordSeconds(), 0.1);
        assertEquals(1, r.figures().pausesOver2s());
    }

    @Test
    void aRecordingThatWasNeverCapturedLeavesTheAttemptWithout() {
        long id = recorder.record(SampleAttempts.full(), AttemptRecorder.Placement.PRACTICE, List.of(), null, null,
                org.emdrill.domain.SignalTicks.NONE, "answer-never.wav");

        assertTrue(id > 0, "the answer is saved all the same");
        assertEquals(Optional.empty(), recordings.find(id));
    }

    @Test
    void anUnreadableRecordingIsAttachedWithoutFiguresForHistoryToTryAgain() throws Exception {
        Path wav = dir.resolve("recordings").resolve("answer-odd.wav");
        Files.createDirectories(wav.getParent());
        Files.write(wav, new byte[] {'R', 'I', 'F', 'F', 0, 0});

        long id = recorder.record(SampleAttempts.full(), AttemptRecorder.Placement.PRACTICE, List.of(), null, null,
                org.emdrill.domain.SignalTicks.NONE, "answer-odd.wav");

        Recording r = recordings.find(id).orElseThrow();
        assertEquals(null, r.figures());
    }
}
