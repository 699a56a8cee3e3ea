package org.emdrill.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes sure only one EM Drill uses a data dir at a time, with an OS file lock on {@code <dataDir>/.lock}.
 * The OS releases the lock when the process dies, so a crash never leaves the data dir locked. The file
 * holds the owner's process id, for anyone investigating.
 */
public final class InstanceLock implements AutoCloseable {

    public static final String FILE_NAME = ".lock";

    private static final System.Logger LOG = System.getLogger(InstanceLock.class.getName());

    /**
     * Lock files this JVM holds. File locks belong to the whole process, and on Linux closing ANY channel
     * to a locked file drops the process's lock, so a second attempt inside this JVM must not even open
     * the file; it is answered from here.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock, creating the data dir when missing.
     *
     * @return empty when another EM Drill (another process, or this one) already uses {@code dataDir}
     */
    public static Optional<InstanceLock> tryAcquire(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path lockFile = dataDir.resolve(FILE_NAME).toAbsolutePath().normalize();
        if (!HELD.add(lockFile)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                HELD.remove(lockFile);
                return Optional.empty();
            }
            writeOwner(channel);
            return Optional.of(new InstanceLock(lockFile, channel, lock));
        } catch (OverlappingFileLockException e) {
            // Held through another channel in this JVM that the registry did not see; still "in use".
            channel.close();
            HELD.remove(lockFile);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            HELD.remove(lockFile);
            throw e;
        }
    }

    public Path lockFile() {
        return lockFile;
    }

    /** Releases the lock. The file stays; an unlocked file means nothing. */
    @Override
    public void close() {
        if (!channel.isOpen()) {
            return;
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Releasing " + lockFile + " failed", e);
        } finally {
            HELD.remove(lockFile);
        }
    }

    private static void writeOwner(FileChannel channel) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
    }
}
