package org.emdrill.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

/**
 * Lets a second launch on the same data folder ask the running app to bring its window forward,
 * through a file in that folder: no sockets, so nothing ever listens on the network.
 */
public final class FocusRequests {

    static final String FILE_NAME = ".focus-request";
    private static final System.Logger LOG = System.getLogger(FocusRequests.class.getName());

    private FocusRequests() {
    }

    /** Called by the second launch. */
    public static void request(Path dataDir) {
        try {
            Files.writeString(dataDir.resolve(FILE_NAME), Long.toString(System.currentTimeMillis()));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not ask the running app to come forward: " + e.getMessage());
        }
    }

    /**
     * Watches for requests on a daemon thread and runs {@code onRequest} (on that thread) for each.
     * Close the result to stop watching.
     */
    public static Closeable watch(Path dataDir, Runnable onRequest) throws IOException {
        WatchService watcher = dataDir.getFileSystem().newWatchService();
        dataDir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        Thread thread = new Thread(() -> {
            try {
                while (true) {
                    WatchKey key = watcher.take();
                    boolean asked = false;
                    for (WatchEvent<?> event : key.pollEvents()) {
                        asked |= event.context() instanceof Path p && p.getFileName().toString().equals(FILE_NAME);
                    }
                    key.reset();
                    if (asked) {
                        onRequest.run();
                    }
                }
            } catch (InterruptedException | ClosedWatchServiceException stopped) {
                // Closed: the app is exiting.
            }
        }, "emdrill-focus-requests");
        thread.setDaemon(true);
        thread.start();
        return watcher;
    }
}
