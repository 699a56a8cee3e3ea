package org.emdrill.store.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Problem;
import org.emdrill.files.AtomicFiles;
import org.emdrill.store.AttemptFilter;
import org.emdrill.practice.schedule.ReviewState;
import org.emdrill.store.Database;
import org.emdrill.store.ScheduleRepository;
import org.emdrill.store.StoredAttempt;
import org.emdrill.store.StoredAttempts;
import org.emdrill.store.StoryRepository;
import org.emdrill.store.recording.RecordingStore;
import org.emdrill.stories.Story;

/**
 * Exports the (filtered) history to CSV, JSON or Markdown, and merges a JSON export back in. Files are
 * written atomically, so a failed export never leaves half a file under the chosen name.
 *
 * <p>Import merges: an attempt already in the history (same question, same start and finish to the
 * millisecond, same answer text; see {@link AttemptIdentity}) is skipped, so importing the same file
 * twice adds nothing the second time. The attempts that pass go in together in one transaction.
 *
 * <p>The JSON export also carries the review schedule of the exported questions (all of it when the
 * whole history is exported), so moving to a new computer keeps what is due. On import the later
 * review of each question wins ({@link ScheduleRepository#mergeLaterReviews}); this runs after the
 * attempts are in, in a transaction of its own, and is safe to repeat: should it fail, importing the
 * same file again skips the attempts already added and merges the schedule.
 *
 * <p>Stories go along (see {@link StoryJson}): kept by id, so a story already here is not added twice;
 * the file's copy replaces ours only when it was edited later.
 */
public final class HistoryTransfer {

    /** Larger than ten years of daily practice as JSON; a bigger file is almost surely not an export. */
    public static final long DEFAULT_MAX_IMPORT_BYTES = 200L * 1024 * 1024;

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final StoredAttempts attempts;
    private final ScheduleRepository schedule;
    private final StoryRepository stories;
    private final RecordingStore recordings;
    private final InstantSource clock;
    private final long maxImportBytes;
    private final ZipImport.Limits zipLimits;

    public HistoryTransfer(Database db, InstantSource clock) {
        this(db, clock, DEFAULT_MAX_IMPORT_BYTES);
    }

    public HistoryTransfer(Database db, InstantSource clock, long maxImportBytes) {
        this(db, clock, maxImportBytes, ZipImport.Limits.STANDARD);
    }

    /** With the recordings a zip may bring limited to {@code zipLimits}; tests use tiny ones. */
    HistoryTransfer(Database db, InstantSource clock, long maxImportBytes, ZipImport.Limits zipLimits) {
        this.zipLimits = Objects.requireNonNull(zipLimits, "zipLimits");
        this.attempts = new StoredAttempts(Objects.requireNonNull(db, "db"));
        this.schedule = new ScheduleRepository(db);
        this.stories = new StoryRepository(db);
        this.recordings = RecordingStore.besideDatabase(db, clock);
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxImportBytes < 1) {
            throw new IllegalArgumentException("maxImportBytes must be positive: " + maxImportBytes);
        }
        this.maxImportBytes = maxImportBytes;
    }

    /**
     * Writes matching attempts as CSV (UTF-8 with a byte-order mark, which spreadsheet programs need to
     * read accents right). Returns how many attempts were written.
     */
    public int exportCsv(AttemptFilter filter, Path target) throws IOException {
        List<StoredAttempt> list = attempts.list(filter);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(UTF8_BOM);
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            CsvExport.write(list, w);
        }
        AtomicFiles.write(target, bytes.toByteArray());
        return list.size();
    }

    /**
     * Writes matching attempts as a complete JSON export, with the review schedule of their questions
     * (every row when {@code filter} matches the whole history). Returns how many attempts were written.
     */
    public int exportJson(AttemptFilter filter, Path target) throws IOException {
        List<StoredAttempt> list = attempts.list(filter);
        AtomicFiles.write(target, json(filter, list));
        return list.size();
    }

    /** What a zip export held: attempts, recordings, and recordings whose file was gone from the disk. */
    public record ZipExported(int attempts, int recordings, int missingFiles) {
    }

    /**
     * Writes matching attempts as a zip: the JSON export with the WAV of every recorded attempt beside it
     * ({@link ZipLayout}), so a move to another computer takes the spoken answers along.
     */
    public ZipExported exportZip(AttemptFilter filter, Path target) throws IOException {
        List<StoredAttempt> list = attempts.list(filter);
        List<ZipExport.Item> items = new ArrayList<>();
        for (StoredAttempt a : list) {
            recordings.find(a.attempt().id()).ifPresent(r -> items.add(new ZipExport.Item(a.attempt().id(),
                    recordings.fileOf(r), r.durationSeconds())));
        }
        ZipExport.Written written = ZipExport.write(target, json(filter, list), items);
        return new ZipExported(list.size(), written.recordings(), written.missing());
    }

    private byte[] json(AttemptFilter filter, List<StoredAttempt> list) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<Long, String> told = stories.storiesOfAttempts();
        JsonExport.write(list, scheduleOf(filter, list), storiesOf(filter, list, told), told, clock.instant(), bytes);
        return bytes.toByteArray();
    }

    /** Writes matching attempts as a Markdown report with local times in {@code zone}. */
    public int exportMarkdown(AttemptFilter filter, Path target, ZoneId zone) throws IOException {
        List<StoredAttempt> list = attempts.list(filter);
        Map<Long, String> told = stories.storiesOfAttempts();
        AtomicFiles.write(target, MarkdownReport.render(list, storiesOf(filter, list, told), told, zone, clock.instant())
                .getBytes(StandardCharsets.UTF_8));
        return list.size();
    }

    /** Merges a JSON export or a zip export with recordings, whichever {@code source} is. Never throws on bad input. */
    public ImportReport importFile(Path source) {
        return Files.isRegularFile(source) && ZipImport.looksLikeZip(source) ? importZip(source) : importJson(source);
    }

    /**
     * Merges a zip export: its attempts as {@link #importJson} does, then each recording attached to its
     * attempt here. Entries left out are listed in the report by name; a bad archive is its one failure.
     */
    public ImportReport importZip(Path source) {
        String name = nameOf(source);
        try (ZipImport.Opened zip = ZipImport.open(source, name, maxImportBytes, zipLimits)) {
            JsonImport.Outcome outcome = JsonImport.parse(zip.historyJson, name + " › " + ZipLayout.HISTORY);
            if (outcome instanceof JsonImport.Outcome.Unreadable unreadable) {
                return ImportReport.failed(unreadable.problem());
            }
            Merged merged = merge(((JsonImport.Outcome.Read) outcome).history());
            int attached = ZipImport.attach(zip, merged.newIds(), recordings);
            return merged.report().withRecordings(attached, zip.leftOut);
        } catch (ZipImport.Refused refused) {
            return ImportReport.failed(refused.problem);
        } catch (IOException e) {
            // Only closing the archive can get here; what was imported stays imported.
            return ImportReport.failed(Problem.inFile(name, "could not be closed after reading: " + e.getMessage()));
        }
    }

    private static String nameOf(Path source) {
        return source.getFileName() == null ? source.toString() : source.getFileName().toString();
    }

    /** Merges a JSON export into the history. Bad input is reported in the result, never thrown. */
    public ImportReport importJson(Path source) {
        String name = nameOf(source);
        byte[] content;
        try {
            long size = Files.size(source);
            if (size > maxImportBytes) {
                return ImportReport.failed(Problem.inFile(name, "is too large to be an EM Drill export ("
                        + megabytes(size) + "; the limit is " + megabytes(maxImportBytes) + ")"));
            }
            content = Files.readAllBytes(source);
        } catch (NoSuchFileException e) {
            return ImportReport.failed(Problem.inFile(name, "does not exist"));
        } catch (IOException e) {
            return ImportReport.failed(Problem.inFile(name, "could not be read: " + e.getMessage()));
        }
        JsonImport.Outcome outcome = JsonImport.parse(content, name);
        if (outcome instanceof JsonImport.Outcome.Unreadable unreadable) {
            return ImportReport.failed(unreadable.problem());
        }
        ParsedHistory parsed = ((JsonImport.Outcome.Read) outcome).history();
        return merge(parsed).report();
    }

    /** What a merge did, and where each exported attempt is now: its exported id to its id here. */
    private record Merged(ImportReport report, Map<Long, Long> newIds) {
    }

    private Merged merge(ParsedHistory parsed) {
        Set<String> seen = new HashSet<>();
        List<StoredAttempt> fresh = new ArrayList<>();
        int duplicates = 0;
        for (StoredAttempt candidate : parsed.attempts()) {
            String key = AttemptIdentity.key(candidate.attempt());
            if (!seen.add(key) || alreadyStored(candidate.attempt())) {
                duplicates++;
            } else {
                fresh.add(candidate);
            }
        }
        List<Long> ids = attempts.insertAll(fresh);
        Map<Long, Long> newIds = newIds(parsed, fresh, ids);
        int taken = schedule.mergeLaterReviews(parsed.schedule());
        int storiesTaken = stories.mergeLaterEdits(parsed.stories().stories());
        linkToldStories(fresh, ids, parsed.stories().storyByAttemptKey());
        List<Problem> rejected = new ArrayList<>(parsed.rejected());
        rejected.addAll(parsed.rejectedSchedule());
        rejected.addAll(parsed.stories().rejected());
        return new Merged(new ImportReport(fresh.size(), duplicates, rejected, null, taken, parsed.rejectedSchedule().size(),
                storiesTaken, parsed.stories().rejected().size()), newIds);
    }

    /**
     * Exported id to id here for every attempt of the file that carried one: a new attempt's new id, or
     * the id of the attempt already here that it duplicates (so its recording can still come along).
     */
    private Map<Long, Long> newIds(ParsedHistory parsed, List<StoredAttempt> fresh, List<Long> ids) {
        Map<StoredAttempt, Long> inserted = new java.util.IdentityHashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            inserted.put(fresh.get(i), ids.get(i));
        }
        Map<Long, Long> map = new java.util.HashMap<>();
        for (int i = 0; i < parsed.attempts().size(); i++) {
            long exported = parsed.exportedIds().get(i);
            if (exported <= 0 || map.containsKey(exported)) {
                continue;
            }
            StoredAttempt a = parsed.attempts().get(i);
            Long here = inserted.get(a);
            if (here == null) {
                Attempt at = a.attempt();
                here = attempts.idAt(at.questionId(), at.startedAt(), at.finishedAt(), at.answerText()).orElse(null);
            }
            if (here != null) {
                map.put(exported, here);
            }
        }
        return map;
    }

    /** Links each newly added attempt to the story it told, when that story is (now) in the history. */
    private void linkToldStories(List<StoredAttempt> fresh, List<Long> ids, Map<String, String> storyByKey) {
        if (storyByKey.isEmpty()) {
            return;
        }
        Set<String> known = new HashSet<>();
        stories.all().forEach(s -> known.add(s.id()));
        for (int i = 0; i < fresh.size(); i++) {
            String story = storyByKey.get(AttemptIdentity.key(fresh.get(i).attempt()));
            if (story != null && known.contains(story)) {
                stories.setStoryOfAttempt(ids.get(i), story);
            }
        }
    }

    /**
     * The stories an export carries: all of them with the whole history, else only those told in the
     * exported attempts, so a filtered export shared with a coach holds no unrelated private writing.
     */
    private List<Story> storiesOf(AttemptFilter filter, List<StoredAttempt> exported, Map<Long, String> told) {
        List<Story> all = stories.all();
        if (AttemptFilter.ALL.equals(filter)) {
            return all;
        }
        Set<String> used = new HashSet<>();
        exported.forEach(a -> {
            String id = told.get(a.attempt().id());
            if (id != null) {
                used.add(id);
            }
        });
        return all.stream().filter(s -> used.contains(s.id())).toList();
    }

    private List<ReviewState> scheduleOf(AttemptFilter filter, List<StoredAttempt> exported) {
        List<ReviewState> rows = schedule.all();
        if (AttemptFilter.ALL.equals(filter)) {
            return rows;
        }
        Set<String> questions = new HashSet<>();
        exported.forEach(a -> questions.add(a.attempt().questionId()));
        return rows.stream().filter(r -> questions.contains(r.questionId())).toList();
    }

    private boolean alreadyStored(Attempt a) {
        return attempts.answerTextsAt(a.questionId(), a.startedAt(), a.finishedAt()).contains(a.answerText());
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
