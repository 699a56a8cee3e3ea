package org.emdrill.store.recording;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The data folder's {@code recordings/}: where a recording's relative name points, and a
 * {@code .deleted/} corner that holds the file of a deleted attempt while its delete can still be
 * undone. The corner is emptied at start-up, so a file there never outlives the next start.
 */
public final class RecordingFolder {

    private static final System.Logger LOG = System.getLogger(RecordingFolder.class.getName());
    static final String TRASH = ".deleted";
    /** Plain names and sub-folders only: nothing absolute, no {@code ..}, no hidden corner. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

    private final Path folder;

    public RecordingFolder(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /** The recordings folder of the data folder that holds {@code databaseFile}. */
    public static RecordingFolder besideDatabase(Path databaseFile) {
        Path parent = databaseFile.toAbsolutePath().getParent();
        return new RecordingFolder(parent.resolve("recordings"));
    }

    static boolean isSafeName(String relative) {
        return SAFE.matcher(relative).matches() && !relative.contains("..");
    }

    public Path path() {
        return folder;
    }

    /** Where the recording's file is (it may be missing: moved or deleted by hand). */
    public Path fileOf(Recording r) {
        return folder.resolve(r.file());
    }

    /** Moves a deleted attempt's file aside; false when there was no file to move. */
    public boolean moveToTrash(Recording r) {
        return move(fileOf(r), trashOf(r));
    }

    /** Brings the file of an undone delete back; false when it was no longer there. */
    public boolean restoreFromTrash(Recording r) {
        return move(trashOf(r), fileOf(r));
    }

    /** Deletes the file a delete moved aside, once that delete is final. */
    public void deleteFromTrash(Recording r) throws IOException {
        Files.deleteIfExists(trashOf(r));
    }

    /** Deletes the file; a file already gone is fine. */
    void deleteFile(Recording r) throws IOException {
        Files.deleteIfExists(fileOf(r));
    }

    /** Deletes the files of deletes that can no longer be undone. Returns how many went. */
    public int emptyTrash() {
        Path trash = folder.resolve(TRASH);
        if (!Files.isDirectory(trash)) {
            return 0;
        }
        int gone = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(trash)) {
            for (Path f : files) {
                if (Files.isRegularFile(f)) {
                    Files.deleteIfExists(f);
                    gone++;
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not empty " + trash + ": " + e.getMessage());
        }
        return gone;
    }

    private Path trashOf(Recording r) {
        // One flat corner; the attempt id keeps names from two sub-folders apart.
        return folder.resolve(TRASH).resolve(r.attemptId() + "-" + r.file().replace('/', '_'));
    }

    private static boolean move(Path from, Path to) {
        if (!Files.exists(from)) {
            return false;
        }
        try {
            Files.createDirectories(to.getParent());
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not move " + from + " to " + to + ": " + e.getMessage());
            return false;
        }
    }
}
