package org.emdrill.store.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.emdrill.audio.DeliveryFigures;
import org.emdrill.audio.SpeechAnalyzer;
import org.emdrill.domain.Problem;
import org.emdrill.files.AtomicFiles;
import org.emdrill.store.recording.Recording;
import org.emdrill.store.recording.RecordingStore;

/**
 * Reads a zip export ({@link ZipLayout}) without trusting it: entry names that point outside the archive,
 * entries that are not ours or not WAV files, and entries larger than they may be are left out, each
 * with a line naming it; the sizes are counted while reading, not taken from the archive's own claims.
 * A file that is not a readable zip at all is one {@link Problem} naming it.
 */
final class ZipImport {

    static final int MAX_ENTRIES = 100_000;
    private static final long MAX_MANIFEST_BYTES = 16L * 1024 * 1024;
    private static final System.Logger LOG = System.getLogger(ZipImport.class.getName());

    /**
     * How many bytes of recordings an archive may give: one WAV, and all of them together. Both are counted
     * while reading, including the bytes of a WAV that was then left out, so an archive that inflates far
     * beyond what it claims costs no more than this to refuse.
     */
    record Limits(long perWav, long total) {
        /** Two hours of a 16 kHz recording is 230 MB: a larger "answer" is not one of ours. */
        static final Limits STANDARD = new Limits(256L * 1024 * 1024, 8L * 1024 * 1024 * 1024);

        Limits {
            if (perWav < 1 || total < 1) {
                throw new IllegalArgumentException("limits must be positive: " + perWav + ", " + total);
            }
        }
    }

    /** An archive opened and checked: its JSON export, its recordings by exported attempt id, what was left out. */
    static final class Opened implements Closeable {
        final byte[] historyJson;
        final Map<Long, ZipEntry> recordings;
        final Set<Long> listed;
        final List<Problem> leftOut;
        private final ZipFile zip;
        private final String name;
        private final Limits limits;
        /** Bytes of recordings read so far, counted as they come out of the archive. */
        private long wavBytesRead;

        private Opened(ZipFile zip, String name, byte[] historyJson, Map<Long, ZipEntry> recordings, Set<Long> listed,
                       List<Problem> leftOut, Limits limits) {
            this.zip = zip;
            this.name = name;
            this.historyJson = historyJson;
            this.recordings = recordings;
            this.listed = listed;
            this.leftOut = leftOut;
            this.limits = limits;
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    /** Thrown inside this class only, to turn a bad archive into its one problem. */
    private static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** The archive cannot be imported at all: {@link #problem} says why, naming the file. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Problem problem;

        Refused(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    private ZipImport() {
    }

    /** Whether {@code source} should be read as a zip: its name says so, or it starts as one does. */
    static boolean looksLikeZip(Path source) {
        String name = String.valueOf(source.getFileName()).toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".zip")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(source)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    /** Opens and checks {@code source}; the caller closes what it returns. A bad archive is a {@link Problem}. */
    static Opened open(Path source, String name, long maxJsonBytes, Limits limits) throws Refused {
        ZipFile zip;
        try {
            zip = new ZipFile(source.toFile());
        } catch (ZipException e) {
            throw new Refused(Problem.inFile(name, "is not a readable zip archive (" + e.getMessage() + "). Export it"
                    + " again, or import the .json export instead"));
        } catch (IOException e) {
            throw new Refused(Problem.inFile(name, "could not be read: " + e.getMessage()));
        }
        try {
            return read(zip, name, maxJsonBytes, limits);
        } catch (Unreadable e) {
            closeQuietly(zip);
            throw new Refused(Problem.inFile(name, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            closeQuietly(zip);
            throw new Refused(Problem.inFile(name, "is a damaged zip archive (" + e.getMessage() + "). Export it again"));
        }
    }

    private static Opened read(ZipFile zip, String name, long maxJsonBytes, Limits limits) throws IOException, Unreadable {
        List<Problem> leftOut = new ArrayList<>();
        Map<Long, ZipEntry> recordings = new LinkedHashMap<>();
        ZipEntry history = null;
        ZipEntry manifest = null;
        int count = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (++count > MAX_ENTRIES) {
                leftOut.add(entryProblem(name, "(the rest)", "not read: the archive holds more than " + MAX_ENTRIES
                        + " entries"));
                break;
            }
            String entry = e.getName();
            if (ZipLayout.isHostile(entry)) {
                leftOut.add(entryProblem(name, entry, "skipped: its name points outside the archive"));
            } else if (e.isDirectory()) {
                continue;
            } else if (entry.equals(ZipLayout.HISTORY)) {
                history = e;
            } else if (entry.equals(ZipLayout.MANIFEST)) {
                manifest = e;
            } else if (ZipLayout.attemptOf(entry).isPresent()) {
                recordings.put(ZipLayout.attemptOf(entry).get(), e);
            } else {
                leftOut.add(entryProblem(name, entry, "skipped: not a recording of this export (only "
                        + ZipLayout.HISTORY + " and recordings/ID.wav are read)"));
            }
        }
        if (history == null) {
            throw new Unreadable("is not an EM Drill export with recordings: it holds no " + ZipLayout.HISTORY);
        }
        byte[] json = bytes(zip, history, maxJsonBytes);
        if (json == null) {
            throw new Unreadable("holds a " + ZipLayout.HISTORY + " larger than " + maxJsonBytes / (1024 * 1024)
                    + " MB, too large to be an EM Drill export");
        }
        Set<Long> listed = new LinkedHashSet<>();
        if (manifest != null) {
            listed.addAll(listedIds(bytes(zip, manifest, MAX_MANIFEST_BYTES), name, leftOut));
        }
        return new Opened(zip, name, json, recordings, listed, leftOut, limits);
    }

    /** Attempt ids the manifest says have a recording; a manifest we cannot read is one line and no ids. */
    private static Set<Long> listedIds(byte[] manifest, String name, List<Problem> leftOut) {
        Set<Long> ids = new LinkedHashSet<>();
        try {
            JsonNode root = manifest == null ? null : new ObjectMapper().readTree(manifest);
            if (root == null || !ZipLayout.MANIFEST_FORMAT.equals(root.path("format").asText())) {
                throw new IOException("not a list of recordings");
            }
            for (JsonNode r : root.path("recordings")) {
                if (r.path("attemptId").canConvertToLong() && r.path("attemptId").asLong() > 0) {
                    ids.add(r.path("attemptId").asLong());
                }
            }
        } catch (IOException e) {
            leftOut.add(entryProblem(name, ZipLayout.MANIFEST, "could not be read (" + e.getMessage()
                    + "); the recordings in the archive are still attached"));
        }
        return ids;
    }

    /**
     * Copies each recording whose attempt is now in the history ({@code newIds}: exported id to id here) into
     * the recordings folder and attaches it with its delivery figures. An attempt that already has a
     * recording keeps it, so importing the same archive twice adds nothing.
     *
     * @return how many were attached; what was left out is added to {@code opened.leftOut}
     */
    static int attach(Opened opened, Map<Long, Long> newIds, RecordingStore store) {
        int attached = 0;
        for (Long id : opened.listed) {
            if (!opened.recordings.containsKey(id)) {
                opened.leftOut.add(entryProblem(opened.name, ZipLayout.recordingEntry(id), "is listed but missing from"
                        + " the archive; its attempt was imported without a recording"));
            }
        }
        for (Map.Entry<Long, ZipEntry> e : opened.recordings.entrySet()) {
            String entry = e.getValue().getName();
            Long attempt = newIds.get(e.getKey());
            if (attempt == null) {
                opened.leftOut.add(entryProblem(opened.name, entry, "skipped: its attempt is not in this export's "
                        + ZipLayout.HISTORY + " (or was left out)"));
                continue;
            }
            if (store.find(attempt).isPresent()) {
                continue;
            }
            Optional<String> problem = copyIn(opened, e.getValue(), attempt, store);
            if (problem.isPresent()) {
                opened.leftOut.add(entryProblem(opened.name, entry, problem.get()));
            } else {
                attached++;
            }
        }
        return attached;
    }

    /** Copies one WAV in and attaches it; returns why it could not be, if it could not. */
    private static Optional<String> copyIn(Opened opened, ZipEntry entry, long attempt, RecordingStore store) {
        Limits limits = opened.limits;
        String overTotal = "skipped: the archive's recordings together exceed " + size(limits.total());
        if (opened.wavBytesRead >= limits.total()) {
            return Optional.of(overTotal);
        }
        Path root = store.folder().path();
        String relative = freeName(root, attempt);
        Path target = root.resolve(relative);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), ".import-", ".tmp");
            long room = limits.total() - opened.wavBytesRead;
            long limit = Math.min(limits.perWav(), room);
            long copied = 0;
            // The entry's declared size is never asked: a hostile archive can claim anything there.
            try (InputStream in = opened.zip.getInputStream(entry); OutputStream out = Files.newOutputStream(temp)) {
                byte[] head = in.readNBytes(12);
                copied = head.length;
                if (head.length < 12 || !new String(head, 0, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("RIFF")
                        || !new String(head, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("WAVE")) {
                    return Optional.of("skipped: not a WAV file");
                }
                out.write(head);
                copied += copyAtMost(in, out, limit - head.length);
            } finally {
                opened.wavBytesRead += copied;
            }
            if (copied > limits.perWav()) {
                return Optional.of("skipped: larger than " + size(limits.perWav()) + ", too large for a recorded answer");
            }
            if (copied > room) {
                return Optional.of(overTotal);
            }
            DeliveryFigures figures = new SpeechAnalyzer().analyze(temp);
            AtomicFiles.moveIntoPlace(temp, target);
            store.attach(new Recording(attempt, relative, figures.durationSeconds(), figures));
            return Optional.empty();
        } catch (ZipException e) {
            return Optional.of("skipped: damaged in the archive (" + e.getMessage() + ")");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "recording " + entry.getName() + " not imported: " + e.getMessage());
            return Optional.of("skipped: not a WAV recording EM Drill can read (" + e.getMessage() + ")");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "could not delete " + temp + ": " + e.getMessage());
                }
            }
        }
    }

    /** Copies up to {@code limit} bytes and one more, so the caller sees when there was more than allowed. */
    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total <= limit && (n = in.read(chunk, 0, (int) Math.min(chunk.length, limit + 1 - total))) > 0) {
            out.write(chunk, 0, n);
            total += n;
        }
        return total;
    }

    /** A limit in words: "256 MB", "8 GB", "80 KB". */
    static String size(long bytes) {
        String[] units = {"bytes", "KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(java.util.Locale.ROOT, "%.1f", value);
        return number + " " + units[unit];
    }

    private static String freeName(Path root, long attempt) {
        String name = "imported/attempt-" + attempt + ".wav";
        for (int i = 2; Files.exists(root.resolve(name)); i++) {
            name = "imported/attempt-" + attempt + "-" + i + ".wav";
        }
        return name;
    }

    /** The entry's bytes, or null when there are more than {@code max}. */
    private static byte[] bytes(ZipFile zip, ZipEntry entry, long max) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long n = copyAtMost(in, out, max);
            return n > max ? null : out.toByteArray();
        }
    }

    private static Problem entryProblem(String zipName, String entry, String message) {
        return new Problem(zipName, 0, 0, entry, message);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing a zip: " + e.getMessage());
        }
    }
}
