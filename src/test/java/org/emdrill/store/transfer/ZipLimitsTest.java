package org.emdrill.store.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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
import org.emdrill.domain.StarElement;
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

/**
 * The size limits of a zip import, with tiny limits in place of 256 MB a recording and 8 GB in all: what
 * is over a limit is left out with a line naming its entry, the rest comes in, nothing half-copied stays
 * on disk, and sizes are counted while reading, never taken from the archive's own header.
 */
class ZipLimitsTest {

    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-06-01T12:00:00Z"));
    /** Between the short recording (2 s, 64,044 bytes) and the long one (3 s, 96,044 bytes). */
    private static final long PER_WAV = 80 * 1024;

    @TempDir
    Path dir;
    private Database source;
    private Database target;
    private long shortId;
    private long longId;
    /** The export's entries, in the order the hand-made archives take them. */
    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    @BeforeEach
    void fill() throws IOException {
        source = open("source");
        target = open("target");
        AttemptRepository repo = new AttemptRepository(source, CLOCK);
        shortId = repo.save(attempt("q1", "2026-05-01T10:00:00Z"));
        longId = repo.save(attempt("q2", "2026-05-02T10:00:00Z"));
        RecordingStore store = RecordingStore.besideDatabase(source, CLOCK);
        Files.createDirectories(store.folder().path());
        Files.write(store.folder().path().resolve("short.wav"), WavBytes.tone(2.0));
        Files.write(store.folder().path().resolve("long.wav"), WavBytes.tone(3.0));
        store.attach(new Recording(shortId, "short.wav", 2.0, null));
        store.attach(new Recording(longId, "long.wav", 3.0, null));
        Path export = dir.resolve("export.zip");
        new HistoryTransfer(source, CLOCK).exportZip(AttemptFilter.ALL, export);
        try (ZipFile z = new ZipFile(export.toFile())) {
            for (String name : List.of("history.json", "recordings.json", shortEntry(), longEntry())) {
                entries.put(name, z.getInputStream(z.getEntry(name)).readAllBytes());
            }
        }
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

    private static Attempt attempt(String question, String finished) {
        Instant end = Instant.parse(finished);
        return new Attempt(0, "team-conflict", "Resolving team conflicts", question, "Tell me about a standoff.",
                AnswerMode.SPOKEN, Duration.ZERO, Duration.ofSeconds(90), 150, "", "",
                new Scores(Map.of(Dimension.LEADERSHIP, 3)), EnumSet.noneOf(StarElement.class), 3.0,
                end.minusSeconds(100), end);
    }

    private String shortEntry() {
        return ZipLayout.recordingEntry(shortId);
    }

    private String longEntry() {
        return ZipLayout.recordingEntry(longId);
    }

    /** The export's entries written again, compressed, in their order, as another program might write them. */
    private Path zip(String name) throws IOException {
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

    private ImportReport importWith(Path zip, long perWav, long total) {
        return new HistoryTransfer(target, CLOCK, HistoryTransfer.DEFAULT_MAX_IMPORT_BYTES,
                new ZipImport.Limits(perWav, total)).importFile(zip);
    }

    private Map<String, String> leftOutByEntry(ImportReport report, String zipName) {
        Map<String, String> byEntry = new LinkedHashMap<>();
        for (Problem p : report.rejected()) {
            assertEquals(zipName, p.file());
            byEntry.put(p.field(), p.message());
        }
        return byEntry;
    }

    private Recording recordingHere(String question) {
        long id = new StoredAttempts(target).list(AttemptFilter.ALL).stream().map(StoredAttempt::attempt)
                .filter(a -> a.questionId().equals(question)).findFirst().orElseThrow().id();
        return RecordingStore.besideDatabase(target, CLOCK).find(id).orElse(null);
    }

    /** Every file under the target's recordings folder, temporary ones included. */
    private List<String> filesHere() throws IOException {
        Path root = RecordingStore.besideDatabase(target, CLOCK).folder().path();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (var files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/')).toList();
        }
    }

    private int recordingRows() {
        return target.withConnection(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM recordings")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void aRecordingOverThePerWavLimitIsLeftOutByNameAndTheRestIsImported() throws Exception {
        ImportReport report = importWith(zip("big.zip"), PER_WAV, 1L << 30);

        assertEquals(2, report.added(), "both attempts come in, the long one without its recording");
        assertEquals(1, report.recordingsAdded(), report.summary());
        assertEquals(Map.of(longEntry(), "skipped: larger than 80 KB, too large for a recorded answer"),
                leftOutByEntry(report, "big.zip"));
        assertEquals("Added 2 attempts; 1 recording attached; 1 recording was left out.", report.summary());
        Recording kept = recordingHere("q1");
        assertEquals(2.0, kept.durationSeconds(), 0.01);
        assertEquals(null, recordingHere("q2"));
        assertEquals(List.of(kept.file()), filesHere(), "nothing of the long recording is left on disk");
        assertEquals(1, recordingRows());
    }

    @Test
    void recordingsBeyondTheTotalAreLeftOutByNameOnceItIsReached() throws Exception {
        // The short one (64,044 bytes) fits in 100 KB; the long one would take the total past it.
        ImportReport report = importWith(zip("many.zip"), 1L << 30, 100 * 1024);

        assertEquals(2, report.added());
        assertEquals(1, report.recordingsAdded(), report.summary());
        assertEquals(Map.of(longEntry(), "skipped: the archive's recordings together exceed 100 KB"),
                leftOutByEntry(report, "many.zip"));
        assertEquals(2.0, recordingHere("q1").durationSeconds(), 0.01);
        assertEquals(null, recordingHere("q2"));
        assertEquals(List.of(recordingHere("q1").file()), filesHere(), "nothing partial is kept of the one left out");
        assertEquals(1, recordingRows());
    }

    @Test
    void onceTheTotalIsUsedUpEveryFurtherRecordingIsNamed() throws Exception {
        // Long first: it alone is over the 90 KB total, and the short one after it finds no room left.
        Map<String, byte[]> reordered = new LinkedHashMap<>();
        reordered.put("history.json", entries.get("history.json"));
        reordered.put(longEntry(), entries.get(longEntry()));
        reordered.put(shortEntry(), entries.get(shortEntry()));
        entries.clear();
        entries.putAll(reordered);

        ImportReport report = importWith(zip("full.zip"), 1L << 30, 90 * 1024);

        assertEquals(2, report.added());
        assertEquals(0, report.recordingsAdded());
        Map<String, String> byEntry = leftOutByEntry(report, "full.zip");
        assertEquals(List.of(longEntry(), shortEntry()), List.copyOf(byEntry.keySet()));
        byEntry.values().forEach(m -> assertEquals("skipped: the archive's recordings together exceed 90 KB", m));
        assertEquals(List.of(), filesHere());
        assertEquals(0, recordingRows());
    }

    @Test
    void aHeaderThatUnderstatesTheSizeIsCaughtByCountingWhatIsRead() throws Exception {
        Path zip = zip("lying.zip");
        lieAboutSize(zip, longEntry(), 1000);
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertEquals(1000, z.getEntry(longEntry()).getSize(), "the archive claims a 1,000-byte recording");
            assertEquals(96_044, z.getInputStream(z.getEntry(longEntry())).readAllBytes().length,
                    "while it inflates to the whole three seconds");
        }

        ImportReport report = importWith(zip, PER_WAV, 1L << 30);

        assertEquals(1, report.recordingsAdded(), report.summary());
        assertEquals(Map.of(longEntry(), "skipped: larger than 80 KB, too large for a recorded answer"),
                leftOutByEntry(report, "lying.zip"));
        assertEquals(List.of(recordingHere("q1").file()), filesHere());
    }

    @Test
    void limitsAreNamedInWords() {
        assertEquals("256 MB", ZipImport.size(ZipImport.Limits.STANDARD.perWav()));
        assertEquals("8 GB", ZipImport.size(ZipImport.Limits.STANDARD.total()));
        assertEquals("1.5 KB", ZipImport.size(1536));
        assertEquals("12 bytes", ZipImport.size(12));
    }

    /**
     * Rewrites the uncompressed size the archive's central directory (what {@link ZipFile} reads) declares for
     * {@code entry}; the compressed data is untouched, so it still inflates to its real length.
     */
    private static void lieAboutSize(Path zip, String entry, int declared) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        boolean found = false;
        for (int at = 0; at + 46 <= bytes.length; at++) {
            if (b.getInt(at) != 0x02014b50) {
                continue;
            }
            int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
            String name = new String(bytes, at + 46, nameLength, java.nio.charset.StandardCharsets.UTF_8);
            if (name.equals(entry)) {
                b.putInt(at + 24, declared);
                found = true;
            }
        }
        assertTrue(found, "the archive lists " + entry);
        Files.write(zip, bytes);
    }
}
