package org.emdrill.store.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.emdrill.audio.DeliveryFigures;
import org.emdrill.audio.WavFormat;
import org.emdrill.audio.WavReader;
import org.emdrill.audio.WavWriter;
import org.emdrill.store.AttemptRepository;
import org.emdrill.store.Database;
import org.emdrill.store.SchemaMigrator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recording without figures is measured once from its file; an unfinished WAV is repaired at start. */
class RecordingAnalysisTest {

    @TempDir
    Path dir;

    private Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aRecordingWithoutFiguresIsMeasuredFromItsFileAndTheFiguresAreKept() throws IOException {
        RecordingStore store = freshStore();
        long id = new AttemptRepository(db, () -> RecordingStoreTest.NOW).save(RecordingStoreTest.spoken("q1"));
        // 1 s of silence, 1.5 s "speech", a 2.5 s pause, 1.5 s "speech", 0.5 s silence: 7 s in all.
        writeSpeech(store.folder().path().resolve("a.wav"), 1.0, 1.5, 2.5, 1.5, 0.5);
        store.attach(new Recording(id, "a.wav", 0, null));

        Recording measured = store.analysed(store.find(id).orElseThrow());

        DeliveryFigures f = measured.figures();
        assertNotNull(f, "the figures were measured");
        assertEquals(7.0, measured.durationSeconds(), 0.01);
        assertEquals(1.0, f.firstWordSeconds(), 0.05, "first word");
        assertEquals(1, f.pausesOver2s(), "one pause over 2 s");
        assertEquals(2.5, f.longestPauseSeconds(), 0.05, "the pause");
        assertEquals(3.0, f.talkSeconds(), 0.1, "talk time");
        assertEquals(f, store.find(id).orElseThrow().figures(), "stored, so the next open does not measure again");
        assertSame(measured, store.analysed(measured), "a measured recording is left alone");
    }

    @Test
    void aMissingFileLeavesTheRecordingUnmeasured() {
        RecordingStore store = freshStore();
        long id = new AttemptRepository(db, () -> RecordingStoreTest.NOW).save(RecordingStoreTest.spoken("q1"));
        store.attach(new Recording(id, "gone.wav", 12, null));

        Recording r = store.analysed(store.find(id).orElseThrow());

        assertNull(r.figures());
        assertNull(store.find(id).orElseThrow().figures());
        assertEquals(12, r.durationSeconds());
    }

    @Test
    void anUnfinishedRecordingIsRepairedAndPlaysToItsEnd() throws IOException {
        RecordingStore store = freshStore();
        Path wav = store.folder().path().resolve("2026/unfinished.wav");
        Files.createDirectories(wav.getParent());
        writeSpeech(wav, 0.5, 1.0, 0.5, 0.0, 0.0);
        // As the app leaves it when it dies mid-answer: the provisional header says "no data".
        try (RandomAccessFile raf = new RandomAccessFile(wav.toFile(), "rw")) {
            ByteBuffer zero = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0);
            raf.seek(40);
            raf.write(zero.array());
        }
        Path trash = store.folder().path().resolve(RecordingFolder.TRASH).resolve("1-old.wav");
        Files.createDirectories(trash.getParent());
        Files.write(trash, new byte[] {1, 2, 3});

        assertEquals(1, RecordingStore.repairUnfinished(store.folder()));

        try (RandomAccessFile raf = new RandomAccessFile(wav.toFile(), "r")) {
            raf.seek(40);
            byte[] size = new byte[4];
            raf.readFully(size);
            assertEquals(Files.size(wav) - 44, ByteBuffer.wrap(size).order(ByteOrder.LITTLE_ENDIAN).getInt(),
                    "the header names all the recorded data again");
        }
        try (WavReader in = WavReader.open(wav)) {
            assertEquals(2.0, in.durationSeconds(), 0.01, "the whole recording plays");
        }
        assertEquals(0, RecordingStore.repairUnfinished(store.folder()), "a finished file is left alone");
        assertEquals(3, Files.size(trash), "the deleted corner is not touched");
    }

    @Test
    void noRecordingsFolderIsNothingToRepair() {
        assertEquals(0, RecordingStore.repairUnfinished(new RecordingFolder(dir.resolve("none"))));
    }

    private RecordingStore freshStore() {
        db = Database.open(dir.resolve("history.db"));
        SchemaMigrator.standard().migrate(db);
        return RecordingStore.besideDatabase(db, () -> RecordingStoreTest.NOW);
    }

    /** Silence, a tone, silence, a tone, silence (seconds each), as a 16 kHz recording. */
    static void writeSpeech(Path wav, double lead, double first, double gap, double second, double tail)
            throws IOException {
        Files.createDirectories(wav.getParent());
        int rate = WavFormat.RECORDING.sampleRate();
        try (WavWriter w = new WavWriter(wav, WavFormat.RECORDING)) {
            double[] parts = {lead, first, gap, second, tail};
            for (int p = 0; p < parts.length; p++) {
                int n = (int) Math.round(parts[p] * rate);
                byte[] pcm = new byte[n * 2];
                for (int i = 0; i < n; i++) {
                    double v = p % 2 == 1 ? 0.4 * Math.sin(2 * Math.PI * 440 * i / rate) * (0.6 + 0.4 * Math.sin(Math.PI * 4 * i / rate))
                            : 0.001 * Math.sin(i * 12.9898);
                    short s = (short) Math.round(v * Short.MAX_VALUE);
                    pcm[2 * i] = (byte) s;
                    pcm[2 * i + 1] = (byte) (s >> 8);
                }
                w.write(pcm, 0, pcm.length);
            }
        }
    }
}
