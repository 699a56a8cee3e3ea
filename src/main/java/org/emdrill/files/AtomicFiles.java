package org.emdrill.files;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces files so that a crash or power cut leaves either the old file or the new one, never a half
 * written mix: write a temporary file in the same folder, flush it to disk, then rename it over the
 * target. Settings, drafts, user banks, exports and backups are saved through here. It sits in a
 * package of its own, below bank, settings and store, so none of them reaches into another for it.
 */
public final class AtomicFiles {

    private static final System.Logger LOG = System.getLogger(AtomicFiles.class.getName());

    private AtomicFiles() {
    }

    /** Writes {@code data} to {@code target}, creating the folder when missing. */
    public static void write(Path target, byte[] data) throws IOException {
        Path temp = createTempBeside(target);
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(data);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Copies {@code source} over {@code target} the same way, without reading it all into memory. */
    public static void copy(Path source, Path target) throws IOException {
        Path temp = createTempBeside(target);
        try {
            try (InputStream in = Files.newInputStream(source);
                 FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                byte[] chunk = new byte[64 * 1024];
                int n;
                while ((n = in.read(chunk)) > 0) {
                    ByteBuffer buffer = ByteBuffer.wrap(chunk, 0, n);
                    while (buffer.hasRemaining()) {
                        ch.write(buffer);
                    }
                }
                ch.force(true);
            }
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Renames a file already flushed to disk over {@code target}, atomically where the OS can. */
    public static void moveIntoPlace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            LOG.log(Level.DEBUG, "Atomic move not supported for {0}; replacing instead", target);
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
        syncFolder(target.toAbsolutePath().getParent());
    }

    private static Path createTempBeside(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        return Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
    }

    /**
     * Makes the rename itself durable. Linux and macOS allow fsync on a folder; Windows does not and
     * makes renames durable on its own, so a failure here is expected there and harmless.
     */
    private static void syncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.TRACE, "Folder sync not available for {0}", folder);
        }
    }
}
