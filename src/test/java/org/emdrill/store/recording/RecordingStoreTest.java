package org.emdrill.store.recording;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.emdrill.audio.DeliveryFigures;
import org.emdrill.audio.Span;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Scores;
import org.emdrill.practice.schedule.StudyDay;
import org.emdrill.store.AttemptRepository;
import org.emdrill.store.AttemptRevisions;
import org.emdrill.store.Database;
import org.emdrill.store.DeletedAttempt;
import org.emdrill.store.Migrations;
import org.emdrill.store.ScheduleRebuild;
import org.emdrill.store.SchemaMigrator;
import org.emdrill.store.StoredAttempts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingStoreTest {

    static final Instant NOW = Instant.parse("2026-05-04T10:15:00Z");
    static final DeliveryFigures FIGURES = new DeliveryFigures(95.5, 71.25, 1.8, 2, 3.4, 3.6,
            List.of(new Span(12.0, 14.5), new Span(40.1, 43.5), new Span(60.0, 61.0)));

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
    void upgradesAHistoryWithAttemptsAndKeepsThemReadable() {
        db = Database.open(dir.resolve("history.db"));
        List<org.emdrill.store.Migration> before = Migrations.all().subList(0, Migrations.currentVersion() - 1);
        new SchemaMigrator(before).migrate(db);
        long id = new AttemptRepository(db, () -> NOW).save(spoken("q1"));

        var result = SchemaMigrator.standard().migrate(db);

        assertEquals(Migrations.currentVersion(), result.versionNow());
        assertEquals("q1", new StoredAttempts(db).find(id).orElseThrow().attempt().questionId(),
                "the attempt saved before the upgrade reads as History reads it");
        RecordingStore store = store();
        assertEquals(Optional.empty(), store.find(id), "an old attempt has no recording");
        store.attach(new Recording(id, "2026/answer-1.wav", 95.5, FIGURES));
        assertEquals(FIGURES, store.find(id).orElseThrow().figures());
    }

    @Test
    void keepsTheFiguresToTheMillisecondAndANotYetAnalysedRecordingWithout() {
        RecordingStore store = freshStore();
        long a = save("q1");
        long b = save("q2");
        store.attach(new Recording(a, "a.wav", 95.5, FIGURES));
        store.attach(new Recording(b, "b.wav", 12.0, null));

        Recording readA = store.find(a).orElseThrow();
        assertEquals("a.wav", readA.file());
        assertEquals(95.5, readA.durationSeconds());
        assertEquals(FIGURES, readA.figures());
        assertEquals(Optional.empty(), store.find(b).orElseThrow().figuresIfAnalysed());
        assertEquals(dir.resolve("recordings").resolve("a.wav"), store.fileOf(readA));
    }

    @Test
    void deletingTheRecordingKeepsTheAttemptAndRemovesTheFile() throws IOException {
        RecordingStore store = freshStore();
        long id = save("q1");
        Path wav = writeWav(store, "one.wav");
        store.attach(new Recording(id, "one.wav", 95.5, FIGURES));

        assertTrue(store.delete(id));

        assertFalse(Files.exists(wav));
        assertEquals(Optional.empty(), store.find(id));
        assertTrue(new StoredAttempts(db).find(id).isPresent(), "the attempt stays");
        assertFalse(store.delete(id), "nothing left to delete");
    }

    @Test
    void deletingTheAttemptTakesItsRecordingAndUndoBringsBothBack() throws IOException {
        RecordingStore store = freshStore();
        long id = save("q1");
        Path wav = writeWav(store, "take.wav");
        byte[] bytes = Files.readAllBytes(wav);
        store.attach(new Recording(id, "take.wav", 95.5, FIGURES));
        AttemptRevisions revisions = new AttemptRevisions(db, ScheduleRebuild.standard(StudyDay.in(ZoneOffset.UTC)));

        DeletedAttempt deleted = revisions.delete(id).orElseThrow();
        assertFalse(Files.exists(wav), "the file is no longer where the history shows it");
        assertEquals(Optional.empty(), store.find(id));

        long back = revisions.restore(deleted);
        assertArrayEquals(bytes, Files.readAllBytes(wav));
        assertEquals(FIGURES, store.find(back).orElseThrow().figures());
    }

    @Test
    void aDeleteThatIsFinalDeletesTheFile() throws IOException {
        RecordingStore store = freshStore();
        long id = save("q1");
        Path wav = writeWav(store, "gone.wav");
        store.attach(new Recording(id, "gone.wav", 1.0, null));
        AttemptRevisions revisions = new AttemptRevisions(db, ScheduleRebuild.standard(StudyDay.in(ZoneOffset.UTC)));

        revisions.forget(revisions.delete(id).orElseThrow());

        assertFalse(Files.exists(wav));
        try (var left = Files.list(store.folder().path().resolve(RecordingFolder.TRASH))) {
            assertEquals(0, left.count(), "nothing waits aside");
        }
    }

    @Test
    void startUpEmptiesTheCornerOfDeletedFiles() throws IOException {
        RecordingStore store = freshStore();
        long id = save("q1");
        writeWav(store, "left.wav");
        store.attach(new Recording(id, "left.wav", 1.0, null));
        new AttemptRevisions(db, ScheduleRebuild.standard(StudyDay.in(ZoneOffset.UTC))).delete(id);

        assertEquals(1, store.folder().emptyTrash());
        assertEquals(0, store.folder().emptyTrash());
    }

    @Test
    void aRecordingNeverPointsOutsideItsFolder() {
        for (String bad : List.of("../history.db", "/etc/passwd", ".deleted/x.wav", "a/../../b.wav", "", "C:\\x.wav")) {
            assertThrows(IllegalArgumentException.class, () -> new Recording(1, bad, 1, null), bad);
        }
    }

    @Test
    void aHandEditedRowPointingOutsideReadsAsNoRecording() {
        RecordingStore store = freshStore();
        long id = save("q1");
        store.attach(new Recording(id, "ok.wav", 1.0, null));
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE recordings SET file = '../history.db'")) {
                return ps.executeUpdate();
            }
        });
        assertEquals(Optional.empty(), store.find(id));
    }

    @Test
    void pausesThatDoNotReadAreLeftOut() {
        assertEquals(List.of(new Span(1.0, 2.5)), RecordingRows.parsePauses("1000-2500, x-3, 5000-4000,7"));
        assertEquals("1000-2500,3000-3001", RecordingRows.pauses(List.of(new Span(1, 2.5), new Span(3, 3.001))));
    }

    private RecordingStore freshStore() {
        db = Database.open(dir.resolve("history.db"));
        SchemaMigrator.standard().migrate(db);
        return store();
    }

    private RecordingStore store() {
        return RecordingStore.besideDatabase(db, () -> NOW);
    }

    private long save(String questionId) {
        return new AttemptRepository(db, () -> NOW).save(spoken(questionId));
    }

    static Path writeWav(RecordingStore store, String name) throws IOException {
        Path wav = store.folder().path().resolve(name);
        Files.createDirectories(wav.getParent());
        Files.write(wav, new byte[] {'R', 'I', 'F', 'F', 1, 2, 3, 4});
        return wav;
    }

    static Attempt spoken(String questionId) {
        return new Attempt(0, "bank", "Bank", questionId, "Tell me about a time.", AnswerMode.SPOKEN,
                Duration.ofSeconds(20), Duration.ofSeconds(95), 120, "", "", Scores.none(),
                java.util.EnumSet.noneOf(org.emdrill.domain.StarElement.class), null, NOW.minusSeconds(120), NOW);
    }
}
