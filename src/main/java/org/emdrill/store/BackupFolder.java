package org.emdrill.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The backups folder: names ({@code history-YYYYMMDD-HHMMSS[-reason].db}, UTC), listing and rotation.
 * It needs no open database, so recovery can use it when {@code history.db} is damaged.
 */
public final class BackupFolder {

    /** How many backups are kept; older ones are deleted after each new backup. */
    public static final int KEEP = 7;

    private static final System.Logger LOG = System.getLogger(BackupFolder.class.getName());
    private static final Pattern NAME = Pattern.compile("history-(\\d{8}-\\d{6})(?:-([a-z0-9-]+))?\\.db");
    private static final Comparator<BackupInfo> NEWEST_FIRST =
            Comparator.comparing(BackupInfo::createdAt).thenComparing(b -> b.file().getFileName().toString()).reversed();

    private final Path folder;

    public BackupFolder(Path folder) {
        this.folder = folder;
    }

    /** The backups folder of a data dir. */
    public static BackupFolder in(Path dataDir) {
        return new BackupFolder(dataDir.resolve("backups"));
    }

    public Path folder() {
        return folder;
    }

    /** Every backup, newest first. Files that do not follow the naming pattern are ignored. */
    public List<BackupInfo> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupInfo> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(f -> parse(f).ifPresent(result::add));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list backups in " + folder, e);
        }
        result.sort(NEWEST_FIRST);
        return result;
    }

    public Optional<BackupInfo> newest() {
        List<BackupInfo> all = list();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** A free file name for a backup taken at {@code at}. */
    Path nameFor(Instant at, String reason) {
        String cleaned = cleanReason(reason);
        String base = "history-" + FileStamps.format(at) + (cleaned.isEmpty() ? "" : "-" + cleaned);
        Path candidate = folder.resolve(base + ".db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(base + "-" + n + ".db");
        }
        return candidate;
    }

    /**
     * Deletes backups until {@link #KEEP} are left. Backups without attempts go first (oldest first), so an
     * empty one never pushes out one with practice in it; then the oldest with attempts, but never the
     * newest backup that holds attempts, however old it is.
     */
    void rotate() {
        List<BackupInfo> all = list();
        if (all.size() <= KEEP) {
            return;
        }
        List<BackupInfo> empty = new ArrayList<>();
        List<BackupInfo> withAttempts = new ArrayList<>();
        for (BackupInfo b : all) {
            (DatabaseHealth.checkReadOnly(b.file()).holdsAttempts() ? withAttempts : empty).add(b);
        }
        // Both lists are newest first; deletion goes oldest first.
        Collections.reverse(empty);
        List<BackupInfo> deletable = new ArrayList<>(empty);
        if (!withAttempts.isEmpty()) {
            List<BackupInfo> older = new ArrayList<>(withAttempts.subList(1, withAttempts.size()));
            Collections.reverse(older);
            deletable.addAll(older);
        }
        int excess = all.size() - KEEP;
        for (BackupInfo old : deletable.subList(0, Math.min(excess, deletable.size()))) {
            try {
                Files.deleteIfExists(old.file());
                LOG.log(Level.INFO, "Deleted old backup {0}", old.file());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot delete old backup " + old.file(), e);
            }
        }
    }

    static Optional<BackupInfo> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return FileStamps.parse(m.group(1)).map(at -> {
            long size;
            try {
                size = Files.size(file);
            } catch (IOException e) {
                size = 0;
            }
            return new BackupInfo(file, at, m.group(2) == null ? "" : m.group(2), size);
        });
    }

    /** Lower-case letters, digits and single hyphens, so any reason makes a safe, parseable name. */
    static String cleanReason(String reason) {
        if (reason == null) {
            return "";
        }
        String cleaned = reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return cleaned.replaceAll("^-+|-+$", "");
    }
}
