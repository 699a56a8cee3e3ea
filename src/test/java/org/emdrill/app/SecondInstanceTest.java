package org.emdrill.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.emdrill.store.InstanceLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A second start on a folder in use says so in a window that stays above the running one. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class SecondInstanceTest {

    @TempDir
    Path dataDir;

    @Test
    void theAlreadyOpenMessageIsAlwaysInFront() throws Exception {
        try (InstanceLock running = InstanceLock.tryAcquire(dataDir).orElseThrow();
             ChildApp second = ChildApp.start(StartupProbe.class, Map.of(), dataDir.toString())) {
            String shown = second.await("ON-TOP MESSAGE ", 120);
            assertTrue(shown.startsWith("EM Drill is already open | EM Drill is already open with the data folder"), shown);
            second.process().destroy();
            assertTrue(second.waitForExit(30) != 0);
            assertEquals(dataDir.resolve(".lock").toAbsolutePath().normalize(), running.lockFile());
        }
    }
}
