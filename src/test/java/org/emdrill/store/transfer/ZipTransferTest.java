package org.emdrill.store.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Problem;
import org.emdrill.domain.Scores;
import org.emdrill.store.AttemptFilter;
import org.emdrill.store.AttemptRepository;
import org.emdrill.store.Database;
import org.emdrill.store.SchemaMigrator;
import org.emdrill.store.StoredAttempt;
import org.emdrill.store.StoredAttempts;
import org.emdrill.store.recording.Recording;
import org.emdrill.store.recording.RecordingStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipTransferTest {

    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-06-01T12:00:00Z"));

    @TempDir
    Path dir;

    private Database source;
    private Database target;
    private long spoken1;
    private long spoken2;

    @BeforeEach
    void open() throws IOException {
        source = open("source");
        target = open("target");
    }

    @AfterEach
    void close() {
        source.close();
        target.close();
    }

    private Database open(String folder) throws IOException {
        Files.createDirectories(dir.resolve(folder));
        Database db = Database.open(dir.resolve(folder).resolve("history.db"));
        SchemaMigrator.standard().migrate(db);
        return db;
    }

    private static Attempt attempt(String question, AnswerMode mode, String finished) {
        Instant end = Instant.parse(finished);
        return new Attempt(0, "team-conflict", "Resolving team conflicts", question, "Tell me about a standoff.", mode,
                Duration.ZERO, Duration.ofSeconds(90), 150, mode == AnswerMode.TYPED ? "We talked." : "", "",
                new Scores(Map.of(Dimension.LEADERSHIP, 3)), EnumSet.noneOf(org.emdrill.domain.StarElement.class), 3.0,
                end.minusSeconds(100), end);
    }

    static byte[] wav(double seconds) {
        return WavBytes.tone(seconds);
    }

    /** Two spoken attempts with recordings and one typed, in the source history. */
    private void fillSource() throws IOException {
        AttemptRepository repo = new AttemptRepository(source, CLOCK);
        spoken1 = repo.save(attempt("q1", AnswerMode.SPOKEN, "2026-05-01T10:00:00Z"));
        spoken2 = repo.save(attempt("q2", AnswerMode.SPOKEN, "2026-05-02T10:00:00Z"));
        repo.save(attempt("q3", AnswerMode.TYPED, "2026-05-03T10:00:00Z"));
        RecordingStore store = RecordingStore.besideDatabase(source, CLOCK);
        Path folder = store.folder().path();
        Files.createDirectories(folder.resolve("2026"));
        Files.write(folder.resolve("2026/one.wav"), wav(2.0));
        Files.write(folder.resolve("2026/two.wav"), wav(3.0));
        store.attach(new Recording(spoken1, "2026/one.wav", 2.0, null));
        store.attach(new Recording(spoken2, "2026/two.wav", 3.0, null));
    }

    private long idHere(String question) {
        return new StoredAttempts(target).list(AttemptFilter.ALL).stream().map(StoredAttempt::attempt)
                .filter(a -> a.questionId().equals(question)).findFirst().orElseThrow().id();
    }

    private static int count(Database db, String sql) {
        return db.withConnection(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void zipRoundTripAttachesEachRecordingToItsImportedAttemptWithFigures() throws Exception {
        fillSource();
        // The target already has an attempt, so imported ids differ from exported ones.
        new AttemptRepository(target, CLOCK).save(attempt("other", AnswerMode.TYPED, "2026-04-01T10:00:00Z"));
        Path zip = dir.resolve("out/export.zip");

        HistoryTransfer.ZipExported written = new HistoryTransfer(source, CLOCK).exportZip(AttemptFilter.ALL, zip);
        assertEquals(new HistoryTransfer.ZipExported(3, 2, 0), written);
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertTrue(z.getEntry("history.json") != null);
            assertTrue(z.getEntry("recordings/" + spoken1 + ".wav") != null);
        }
        try (var left = Files.list(zip.getParent())) {
            assertEquals(List.of(zip), left.toList(), "no temporary file is left beside the export");
        }

        ImportReport report = new HistoryTransfer(target, CLOCK).importFile(zip);
        assertEquals(3, report.added(), report.summary());
        assertEquals(2, report.recordingsAdded(), report.summary());
        assertTrue(report.rejected().isEmpty(), report.rejected().toString());
        assertEquals("Added 3 attempts; 2 recordings attached.", report.summary());

        RecordingStore here = RecordingStore.besideDatabase(target, CLOCK);
        Recording one = here.find(idHere("q1")).orElseThrow();
        Recording two = here.find(idHere("q2")).orElseThrow();
        assertArrayEquals(wav(2.0), Files.readAllBytes(here.fileOf(one)));
        assertArrayEquals(wav(3.0), Files.readAllBytes(here.fileOf(two)));
        assertEquals(3.0, two.durationSeconds(), 0.01);
        assertTrue(two.figuresIfAnalysed().isPresent(), "figures are measured on import, for Progress");
        assertTrue(here.find(idHere("q3")).isEmpty());
    }

    @Test
    void importingTheSameZipAgainAddsNeitherAttemptsNorRecordings() throws Exception {
        fillSource();
        Path zip = dir.resolve("export.zip");
        new HistoryTransfer(source, CLOCK).exportZip(AttemptFilter.ALL, zip);
        HistoryTransfer into = new HistoryTransfer(target, CLOCK);
        into.importFile(zip);
        ImportReport again = into.importFile(zip);
        assertEquals(0, again.added());
        assertEquals(3, again.duplicates());
        assertEquals(0, again.recordingsAdded());
        assertEquals(3, count(target, "SELECT COUNT(*) FROM attempts"));
        assertEquals(2, count(target, "SELECT COUNT(*) FROM recordings"));
        try (var files = Files.walk(RecordingStore.besideDatabase(target, CLOCK).folder().path())) {
            assertEquals(2, files.filter(f -> f.toString().endsWith(".wav")).count());
        }
    }

    @Test
    void aJsonImportFirstThenTheZipStillBringsTheRecordings() throws Exception {
        fillSource();
        Path json = dir.resolve("export.json");
        Path zip = dir.resolve("export.zip");
        HistoryTransfer from = new HistoryTransfer(source, CLOCK);
        from.exportJson(AttemptFilter.ALL, json);
        from.exportZip(AttemptFilter.ALL, zip);
        HistoryTransfer into = new HistoryTransfer(target, CLOCK);
        assertEquals(3, into.importFile(json).added());
        ImportReport report = into.importFile(zip);
        assertEquals(0, report.added());
        assertEquals(2, report.recordingsAdded());
    }

    /** Writes a zip of {@code entries} (name to content) by hand, as a damaged or hostile archive would be. */
    private Path handMadeZip(String name, Map<String, byte[]> entries) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return zip;
    }

    private byte[] entryOf(Path zip, String name) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            return z.getInputStream(z.getEntry(name)).readAllBytes();
        }
    }

    @Test
    void aMissingWavAHostileNameAndAStrayFileAreEachNamedAndTheRestIsImported() throws Exception {
        fillSource();
        Path good = dir.resolve("export.zip");
        new HistoryTransfer(source, CLOCK).exportZip(AttemptFilter.ALL, good);
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put("history.json", entryOf(good, "history.json"));
        entries.put("recordings.json", entryOf(good, "recordings.json")); // lists both recordings
        entries.put("recordings/" + spoken1 + ".wav", entryOf(good, "recordings/" + spoken1 + ".wav"));
        // recordings/<spoken2>.wav is missing
        entries.put("../../evil.wav", wav(0.5));
        entries.put("notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
        entries.put("recordings/999.wav", "not a wav at all".getBytes(StandardCharsets.UTF_8));
        Path zip = handMadeZip("tampered.zip", entries);

        ImportReport report = new HistoryTransfer(target, CLOCK).importFile(zip);
        assertEquals(3, report.added());
        assertEquals(1, report.recordingsAdded());
        assertEquals(4, report.recordingsRejected(), report.rejected().toString());
        Map<String, String> byEntry = new java.util.HashMap<>();
        for (Problem p : report.rejected()) {
            assertEquals("tampered.zip", p.file());
            byEntry.put(p.field(), p.message());
        }
        assertTrue(byEntry.get("recordings/" + spoken2 + ".wav").contains("missing from the archive"), byEntry.toString());
        assertTrue(byEntry.get("../../evil.wav").contains("outside the archive"), byEntry.toString());
        assertTrue(byEntry.get("notes.txt").startsWith("skipped: not a recording"), byEntry.toString());
        assertTrue(byEntry.get("recordings/999.wav").contains("its attempt is not in this export"), byEntry.toString());
        assertFalse(Files.exists(dir.resolve("evil.wav")));
        assertFalse(Files.exists(dir.getParent().resolve("evil.wav")));
        assertEquals("Added 3 attempts; 1 recording attached; 4 recordings were left out.", report.summary());
        assertTrue(RecordingStore.besideDatabase(target, CLOCK).find(idHere("q2")).isEmpty());
    }

    @Test
    void anEntryThatIsNotAWavIsSkippedByName() throws Exception {
        fillSource();
        Path good = dir.resolve("export.zip");
        new HistoryTransfer(source, CLOCK).exportZip(AttemptFilter.ALL, good);
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put("history.json", entryOf(good, "history.json"));
        entries.put("recordings/" + spoken1 + ".wav", "MZ this is a program".getBytes(StandardCharsets.US_ASCII));
        ImportReport report = new HistoryTransfer(target, CLOCK).importFile(handMadeZip("odd.zip", entries));
        assertEquals(3, report.added());
        assertEquals(0, report.recordingsAdded());
        Problem p = report.rejected().get(0);
        assertEquals("recordings/" + spoken1 + ".wav", p.field());
        assertEquals("skipped: not a WAV file", p.message());
        try (var files = Files.walk(RecordingStore.besideDatabase(target, CLOCK).folder().path())) {
            assertEquals(0, files.filter(Files::isRegularFile).count(), "nothing half-copied is left");
        }
    }

    @Test
    void aBrokenZipIsOneMessageNamingTheFile() throws Exception {
        Path zip = dir.resolve("broken.zip");
        Files.write(zip, new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7});
        ImportReport report = new HistoryTransfer(target, CLOCK).importFile(zip);
        assertTrue(report.failed());
        assertTrue(report.summary().startsWith("Nothing was imported: broken.zip is not a readable zip archive"),
                report.summary());
        assertEquals(0, count(target, "SELECT COUNT(*) FROM attempts"));
    }

    @Test
    void aZipWithoutTheHistoryIsRefusedByName() throws Exception {
        Path zip = handMadeZip("photos.zip", Map.of("holiday.jpg", new byte[] {1, 2, 3}));
        ImportReport report = new HistoryTransfer(target, CLOCK).importFile(zip);
        assertEquals("Nothing was imported: photos.zip is not an EM Drill export with recordings: it holds no"
                + " history.json", report.summary());
    }

    @Test
    void hostileNamesAreRecognised() {
        for (String bad : List.of("../x.wav", "recordings/../../x.wav", "/etc/passwd", "C:\\x.wav", "a\\..\\b", "..")) {
            assertTrue(ZipLayout.isHostile(bad), bad);
        }
        for (String fine : List.of("history.json", "recordings/12.wav", "a..b/c.wav")) {
            assertFalse(ZipLayout.isHostile(fine), fine);
        }
    }

    @Test
    void aHistoryLargerThanTheLimitRefusesTheArchiveByName() throws Exception {
        fillSource();
        Path good = dir.resolve("export.zip");
        new HistoryTransfer(source, CLOCK).exportZip(AttemptFilter.ALL, good);
        // Its size is counted while reading, not taken from the archive's own claim.
        ImportReport report = new HistoryTransfer(target, CLOCK, 100).importFile(good);
        assertTrue(report.summary().contains("export.zip holds a history.json larger than"), report.summary());
    }
}
