package org.emdrill.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;

/**
 * The real app in its own process, as a user runs it: opens History on the given data folder and prints
 * {@code RSS <megabytes>} once the first rows show, for the benchmark.
 */
public final class HistoryMemoryProbe {

    private HistoryMemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        RunningApp.launchHeadless(Path.of(args[0]));
        ToggleButton history = (ToggleButton) waitLong("#nav-history");
        RunningApp.onFx(history::fire);
        TableView<?> table = (TableView<?>) waitLong("#history-table");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (stillEmpty(table) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(1_000);
        System.gc();
        Thread.sleep(500);
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                System.out.println("RSS " + Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
            }
        }
        System.out.flush();
        System.exit(0);
    }

    /**
     * Up to five minutes. With 100,000 attempts the first start checks and backs up a quarter of a
     * gigabyte (and upgrades it when the schema is newer) before the window shows: 40 s on a quiet
     * machine, over the one minute {@link RunningApp#waitFor} allows while the benchmark's own JVM is
     * busy; the probe then gave up before printing its RSS line (the likely cause of {@code rss_100k_mb NaN}).
     */
    private static javafx.scene.Node waitLong(String id) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return RunningApp.waitFor(id);
            } catch (IllegalStateException notYet) {
                if (attempt == 5) {
                    throw notYet;
                }
            }
        }
    }

    /** True while the table shows no row; a busy FX thread (a loaded machine) counts as not yet. */
    private static boolean stillEmpty(TableView<?> table) throws Exception {
        try {
            return RunningApp.onFx(() -> table.getItems().isEmpty());
        } catch (java.util.concurrent.TimeoutException busy) {
            return true;
        }
    }
}
