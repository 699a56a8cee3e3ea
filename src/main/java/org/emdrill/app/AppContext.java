package org.emdrill.app;

import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.emdrill.bank.BankLibrary;
import org.emdrill.domain.Rubric;
import org.emdrill.practice.Ticker;
import org.emdrill.settings.Settings;
import org.emdrill.settings.SettingsStore;
import org.emdrill.store.AttemptRepository;
import org.emdrill.store.BackupService;
import org.emdrill.store.Database;
import org.emdrill.store.InstanceLock;
import org.emdrill.ui.common.Notice;

/**
 * Everything the running app is wired from, opened once at start and closed once at exit. The worker
 * executor is single-threaded: the database connection is used by one thread at a time, and writes
 * happen in the order they were asked for.
 */
public record AppContext(
        AppPaths paths,
        InstantSource clock,
        Ticker ticker,
        ExecutorService worker,
        InstanceLock lock,
        Database database,
        AttemptRepository attempts,
        BackupService backups,
        SettingsStore settingsStore,
        Settings settings,
        BankLibrary library,
        Rubric rubric,
        List<Notice> startupNotices,
        String cannotSave) implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(AppContext.class.getName());

    /**
     * Queues the daily backup on the worker. Called once the first screen has asked for what it shows, so
     * copying a long history never holds up the screen's first queries.
     */
    public void startDailyBackup() {
        worker.execute(() -> {
            try {
                backups.backupIfDue();
            } catch (java.io.IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "daily backup failed: " + e.getMessage());
            }
        });
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        database.close();
        lock.close();
    }
}
