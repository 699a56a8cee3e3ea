package org.emdrill.app;

import java.io.IOException;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.emdrill.bank.BankLibrary;
import org.emdrill.bank.BankLibraryLoader;
import org.emdrill.bank.ParseResult;
import org.emdrill.bank.RubricLoader;
import org.emdrill.domain.Rubric;
import org.emdrill.practice.Ticker;
import org.emdrill.settings.SettingsStore;
import org.emdrill.store.AttemptRepository;
import org.emdrill.store.BackupFolder;
import org.emdrill.store.BackupService;
import org.emdrill.store.DatabaseOpener;
import org.emdrill.store.FocusRequests;
import org.emdrill.store.InstanceLock;
import org.emdrill.store.OpenOutcome;
import org.emdrill.ui.common.Notice;

/**
 * Opens everything the app needs, off the FX thread (JavaFX calls {@code init()} on its launcher thread).
 * Problems the user should hear about become notices; only problems that make running impossible stop
 * the start.
 */
public final class Startup {

    private static final System.Logger LOG = System.getLogger(Startup.class.getName());

    private Startup() {
    }

    /** Either a running context or the reason the app cannot start, in words for the user. */
    public record Result(Optional<AppContext> context, String failure) {
        static Result failed(String why) {
            return new Result(Optional.empty(), why);
        }
    }

    public static Result open(AppPaths paths, InstantSource clock, Ticker ticker) {
        try {
            paths.createFolders();
        } catch (IOException e) {
            return Result.failed("EM Drill cannot create its data folder " + paths.dataDir() + " (" + e.getMessage()
                    + "). Check that the location is writable, or start it with --data-dir pointing somewhere else.");
        }
        LogSetup.configure(paths.logs());
        InstanceLock lock;
        try {
            Optional<InstanceLock> acquired = InstanceLock.tryAcquire(paths.dataDir());
            if (acquired.isEmpty()) {
                FocusRequests.request(paths.dataDir());
                return Result.failed("EM Drill is already open with the data folder " + paths.dataDir()
                        + "; its window has been brought forward. Two copies never write the same history.");
            }
            lock = acquired.get();
        } catch (IOException e) {
            return Result.failed("EM Drill cannot lock its data folder " + paths.dataDir() + ": " + e.getMessage());
        }

        List<Notice> notices = new ArrayList<>();
        OpenOutcome outcome;
        try {
            outcome = new DatabaseOpener(paths.dataDir(), clock).open();
        } catch (IOException e) {
            lock.close();
            return Result.failed("EM Drill cannot open its history database in " + paths.dataDir() + ": " + e.getMessage());
        }
        if (outcome instanceof OpenOutcome.MadeByNewerApp newer) {
            lock.close();
            return Result.failed(newer.message());
        }
        OpenOutcome.Opened opened = (OpenOutcome.Opened) outcome;
        opened.recovery().ifPresent(r -> notices.add(new Notice(Notice.Kind.WARNING, r.message(), "settings")));
        var db = opened.database();
        db.closeOnShutdown();
        var backups = new BackupService(db, BackupFolder.in(paths.dataDir()), clock);

        SettingsStore settingsStore = new SettingsStore(paths.settings(), clock);
        SettingsStore.Loaded settings = settingsStore.load();
        settings.message().ifPresent(m -> notices.add(new Notice(Notice.Kind.WARNING, m, "")));

        BankLibrary library = BankLibraryLoader.forDataDir(paths.dataDir()).load();
        if (library.hasFailures()) {
            int n = library.failures().size();
            notices.add(new Notice(Notice.Kind.WARNING,
                    n == 1 ? "The question bank " + library.failures().get(0).file()
                            + " could not be loaded. The other banks work as usual."
                            : n + " question banks could not be loaded. The other banks work as usual.",
                    "banks"));
        }
        ParseResult<Rubric> rubric = new RubricLoader().load();
        if (!rubric.isValid()) {
            notices.add(new Notice(Notice.Kind.WARNING,
                    "The scoring rubric could not be read, so level descriptions are not shown: "
                            + rubric.problems().get(0), ""));
        }

        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "emdrill-worker");
            t.setDaemon(true);
            return t;
        });
        worker.execute(() -> {
            try {
                backups.backupIfDue();
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "daily backup failed: " + e.getMessage());
            }
        });
        AppContext context = new AppContext(paths, clock, ticker, worker, lock, db, new AttemptRepository(db, clock),
                backups, settingsStore, settings.settings(), library, rubric.valueIfValid().orElse(Rubric.empty()),
                List.copyOf(notices));
        return new Result(Optional.of(context), null);
    }
}
