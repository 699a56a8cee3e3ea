package org.emdrill.store.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Scores;
import org.emdrill.insights.DeliveryTrend;
import org.emdrill.store.AttemptRepository;
import org.emdrill.store.Database;
import org.emdrill.store.DeliveryTrendQueries;
import org.emdrill.store.SchemaMigrator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recordings without delivery figures are measured in the background, a few per call, newest first, and
 * then count in Progress's delivery trend; missing and broken files are marked once and not tried again.
 */
class PendingFiguresTest {

    private static final Instant NOW = Instant.parse("2026-05-04T10:15:00Z");

    @TempDir
    Path dir;
    private Database db;
    private RecordingStore store;
    private PendingFigures pending;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("history.db"));
        SchemaMigrator.standard().migrate(db);
        store = RecordingStore.besideDatabase(db, () -> NOW);
        pending = PendingFigures.besideDatabase(db, () -> NOW);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A spoken attempt finished {@code daysAgo} days before now, with a recording {@code file} and no figures. */
    private long unmeasured(String file, int daysAgo) {
        Instant end = NOW.minus(Duration.ofDays(daysAgo));
        long id = new AttemptRepository(db, () -> NOW).save(new Attempt(0, "b", "Bank", "q" + daysAgo, "Prompt",
                AnswerMode.SPOKEN, Duration.ZERO, Duration.ofSeconds(7), 120, "", "", Scores.none(), Set.of(), null,
                end.minusSeconds(10), end));
        store.attach(new Recording(id, file, 0, null));
        return id;
    }

    /** 1 s of room noise, 1.5 s "speech", a 2.5 s pause, 1.5 s "speech", 0.5 s of room noise. */
    private void speech(String file) throws IOException {
        RecordingAnalysisTest.writeSpeech(store.folder().path().resolve(file), 1.0, 1.5, 2.5, 1.5, 0.5);
    }

    private DeliveryTrend trend() {
        return DeliveryTrend.load(new DeliveryTrendQueries(db), ZoneOffset.UTC, NOW);
    }

    @Test
    void recordingsWithoutFiguresAreMeasuredAFewAtATimeNewestFirstAndThenShowInTheTrend() throws IOException {
        long oldest = unmeasured("old.wav", 20);
        long middle = unmeasured("middle.wav", 10);
        long newest = unmeasured("new.wav", 1);
        for (String f : List.of("old.wav", "middle.wav", "new.wav")) {
            speech(f);
        }
        assertEquals(0, trend().answers(), "not measured, so not in the trend");

        PendingFigures.Outcome first = pending.measureSome(2);

        assertEquals(new PendingFigures.Outcome(2, 0, true), first, "two this time, one left");
        assertNotNull(store.find(newest).orElseThrow().figures());
        assertNotNull(store.find(middle).orElseThrow().figures());
        assertNull(store.find(oldest).orElseThrow().figures(), "the oldest waits for the next call");
        var f = store.find(newest).orElseThrow().figures();
        assertEquals(1.0, f.firstWordSeconds(), 0.05);
        assertEquals(1, f.pausesOver2s());
        assertEquals(3.0, f.talkSeconds(), 0.1);
        assertEquals(7.0, store.find(newest).orElseThrow().durationSeconds(), 0.01);
        assertEquals(2, trend().answers());

        assertEquals(new PendingFigures.Outcome(1, 0, false), pending.measureSome(2));
        assertEquals(3, trend().answers(), "every recording is in the trend now");
        assertEquals(1.0, trend().weeks().get(0).firstWordSeconds(), 0.05);
        assertEquals(new PendingFigures.Outcome(0, 0, false), pending.measureSome(2), "nothing is measured twice");
    }

    @Test
    void missingAndBrokenFilesAreMarkedOnceAndNotTriedAgain() throws IOException {
        long missing = unmeasured("gone.wav", 3);
        long text = unmeasured("text.wav", 2);
        long cut = unmeasured("cut.wav", 1);
        Files.createDirectories(store.folder().path());
        Files.writeString(store.folder().path().resolve("text.wav"), "not audio at all", StandardCharsets.UTF_8);
        Files.write(store.folder().path().resolve("cut.wav"), new byte[] {'R', 'I', 'F', 'F', 1, 0, 0, 0, 'W', 'A'});
        long good = unmeasured("good.wav", 5);
        speech("good.wav");

        assertEquals(new PendingFigures.Outcome(0, 3, true), pending.measureSome(3), "the three newest are unreadable");
        assertEquals(new PendingFigures.Outcome(1, 0, false), pending.measureSome(3),
                "the marked ones do not stand in the way of the rest");
        assertEquals(new PendingFigures.Outcome(0, 0, false), pending.measureSome(3), "and are not tried again");
        for (long id : List.of(missing, text, cut)) {
            assertNull(store.find(id).orElseThrow().figures(), "the attempt keeps its recording, unmeasured");
        }
        assertEquals(1, trend().answers());
        assertNotNull(store.find(good).orElseThrow().figures());
    }

    @Test
    void aRecordingAttachedAnewIsMeasuredEvenIfTheOldOneCouldNotBe() throws IOException {
        long id = unmeasured("gone.wav", 1);
        assertEquals(new PendingFigures.Outcome(0, 1, false), pending.measureSome(5));

        speech("found.wav");
        store.attach(new Recording(id, "found.wav", 0, null));

        assertEquals(new PendingFigures.Outcome(1, 0, false), pending.measureSome(5));
        assertNotNull(store.find(id).orElseThrow().figures());
    }

    @Test
    void figuresMeasuredFromAFileTheAttemptNoLongerHasAreNotStored() {
        long replaced = unmeasured("old.wav", 2);
        long deleted = unmeasured("deleted.wav", 1);
        // While the file was being measured: the attempt got another recording, the other one was deleted.
        store.attach(new Recording(replaced, "new.wav", 4, null));
        store.delete(deleted);

        assertEquals(false, db.withConnection(c -> RecordingRows.putFigures(c, replaced, "old.wav",
                RecordingStoreTest.FIGURES)));
        assertEquals(false, db.withConnection(c -> RecordingRows.putFigures(c, deleted, "deleted.wav",
                RecordingStoreTest.FIGURES)));
        assertNull(store.find(replaced).orElseThrow().figures(), "the new recording is measured from its own file");
        assertEquals("new.wav", store.find(replaced).orElseThrow().file());
        assertTrue(store.find(deleted).isEmpty(), "a deleted recording does not come back");
    }
}
