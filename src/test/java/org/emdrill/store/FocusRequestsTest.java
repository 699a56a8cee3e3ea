package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FocusRequestsTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondLaunchReachesTheRunningApp() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        try (Closeable watch = FocusRequests.watch(dataDir, asked::countDown)) {
            Files.writeString(dataDir.resolve("history.db-wal"), "unrelated change");
            assertFalse(asked.await(300, TimeUnit.MILLISECONDS), "other files do not count");
            FocusRequests.request(dataDir);
            assertTrue(asked.await(15, TimeUnit.SECONDS), "the running app heard the request");
        }
    }
}
