package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {

    @TempDir
    Path dataDir;

    @Test
    void secondAcquireOnTheSameDataDirFailsUntilTheFirstIsReleased() throws IOException {
        Optional<InstanceLock> first = InstanceLock.tryAcquire(dataDir);
        assertTrue(first.isPresent());

        assertEquals(Optional.empty(), InstanceLock.tryAcquire(dataDir));
        assertEquals(Optional.empty(), InstanceLock.tryAcquire(dataDir.resolve(".").resolve("")), "same folder, other spelling");

        first.get().close();
        try (InstanceLock again = InstanceLock.tryAcquire(dataDir).orElseThrow()) {
            assertEquals(dataDir.resolve(".lock").toAbsolutePath(), again.lockFile());
        }
    }

    @Test
    void differentDataDirsDoNotBlockEachOther() throws IOException {
        try (InstanceLock a = InstanceLock.tryAcquire(dataDir.resolve("a")).orElseThrow();
             InstanceLock b = InstanceLock.tryAcquire(dataDir.resolve("b")).orElseThrow()) {
            assertTrue(Files.exists(a.lockFile()) && Files.exists(b.lockFile()));
        }
    }

    @Test
    void recordsTheOwnerProcessIdInTheLockFile() throws IOException {
        try (InstanceLock lock = InstanceLock.tryAcquire(dataDir).orElseThrow()) {
            assertEquals(ProcessHandle.current().pid() + "\n", Files.readString(lock.lockFile(), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void anotherProcessCannotTakeTheLockWhileThisOneHoldsIt() throws Exception {
        try (InstanceLock held = InstanceLock.tryAcquire(dataDir).orElseThrow()) {
            // A refused attempt in this JVM must not drop the OS lock (closing any channel can, on Linux).
            assertEquals(Optional.empty(), InstanceLock.tryAcquire(dataDir));

            assertEquals("busy", probeFromAnotherProcess());
        }
        assertEquals("acquired", probeFromAnotherProcess());
    }

    private String probeFromAnotherProcess() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockProbe.class.getName(), dataDir.toString())
                .redirectErrorStream(true)
                .start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "probe finished");
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    }

    /** Run in a separate JVM: tries the lock once and prints the result. */
    public static final class LockProbe {
        public static void main(String[] args) throws IOException {
            Optional<InstanceLock> lock = InstanceLock.tryAcquire(Path.of(args[0]));
            System.out.println(lock.isPresent() ? "acquired" : "busy");
            lock.ifPresent(InstanceLock::close);
        }
    }
}
