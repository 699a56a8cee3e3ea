package org.emdrill.app;

import java.io.IOException;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.emdrill.bank.BankLibrary;
import org.emdrill.bank.ParseResult;
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
import org.emdrill.store.PlainErrors;
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
    public record Result(Optional<AppContext> context, StartupFailure failure) {
        static Result failed(StartupFailure.Kind kind, String why) {
            return new Result(Optional.empty(), new StartupFailure(kind, why));
        }
    }

    /** Opens everything; never throws: whatever goes wrong comes back as a failure to show. */
    public static Result open(AppPaths paths, InstantSource clock, Ticker ticker) {
        try {
            return openOrThrow(paths, clock, ticker);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "start-up failed", e);
            return Result.failed(StartupFailure.Kind.CANNOT_START, "EM Drill could not start because of an"
                    + " unexpected problem. Your history was not changed. Details are in the log folder "
                    + paths.logs() + ".");
        }
    }

    private static Result openOrThrow(AppPaths paths, InstantSource clock, Ticker ticker) {
        StartupSteps steps = new StartupSteps();
        try {
            paths.createFolders();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot prepare " + paths.dataDir(), e);
            return Result.failed(StartupFailure.Kind.CANNOT_START, StartupMessages.cannotPrepare(paths.dataDir(), e));
        }
        LogSetup.configure(paths.logs());
        steps.finished("folders and log");
        InstanceLock lock;
        try {
            Optional<InstanceLock> acquired = InstanceLock.tryAcquire(paths.dataDir());
            if (acquired.isEmpty()) {
                FocusRequests.request(paths.dataDir());
                return Result.failed(StartupFailure.Kind.ALREADY_RUNNING, "EM Drill is already open with the data folder "
                        + paths.dataDir() + "; its window has been brought forward. Two copies never write the same history.");
            }
            lock = acquired.get();
            steps.finished("lock");
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot lock " + paths.dataDir(), e);
            return Result.failed(StartupFailure.Kind.CANNOT_START, StartupMessages.cannotPrepare(paths.dataDir(), e));
        }
        try {
            // The banks need nothing from the database: parse them beside it.
            return openLocked(paths, clock, ticker, lock, steps, BanksInBackground.start(paths.dataDir()));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static Result openLocked(AppPaths paths, InstantSource clock, Ticker ticker, InstanceLock lock,
                                     StartupSteps steps, BanksInBackground banks) {
        List<Notice> notices = new ArrayList<>();
        OpenOutcome outcome;
        try {
            outcome = new DatabaseOpener(paths.dataDir(), clock).open();
            steps.finished("database");
        } catch (IOException | RuntimeException e) {
            lock.close();
            if (PlainErrors.causeOf(e) == PlainErrors.Cause.LOCKED) {
                LOG.log(System.Logger.Level.WARNING, paths.database() + " is locked by another program: " + e.getMessage());
            } else {
                LOG.log(System.Logger.Level.ERROR, "cannot open " + paths.database(), e);
            }
            return StartupMessages.historyFailure(paths, e);
        }
        if (outcome instanceof OpenOutcome.MadeByNewerApp newer) {
            lock.close();
            return Result.failed(StartupFailure.Kind.CANNOT_START, newer.message() + " Your history was not changed."
                    + " Install the newer EM Drill again, or start this one with --data-dir pointing to another folder.");
        }
        OpenOutcome.Opened opened = (OpenOutcome.Opened) outcome;
        opened.recovery().ifPresent(r -> notices.add(new Notice(Notice.Kind.WARNING, r.message(), "settings")));
        var db = opened.database();
        try {
            return finish(paths, clock, ticker, lock, opened, notices, steps, banks);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static Result finish(AppPaths paths, InstantSource clock, Ticker ticker, InstanceLock lock,
                                 OpenOutcome.Opened opened, List<Notice> notices, StartupSteps steps,
                                 BanksInBackground banks) {
        var db = opened.database();
        db.closeOnShutdown();
        // First in the banner and not dismissible: every answer typed from here on would be lost.
        Optional<String> cannotSave = StartupMessages.cannotSave(paths);
        cannotSave.ifPresent(m -> notices.add(0, new Notice(Notice.Kind.ERROR, m, "")));
        var backups = new BackupService(db, BackupFolder.in(paths.dataDir()), clock);
        // Recordings of deletes that can no longer be undone (the app stopped during the undo time).
        var recordings = org.emdrill.store.recording.RecordingFolder.besideDatabase(paths.database());
        recordings.emptyTrash();
        // A recording the app stopped in the middle of gets its header back, so it plays from History.
        org.emdrill.store.recording.RecordingStore.repairUnfinished(recordings);

        SettingsStore settingsStore = new SettingsStore(paths.settings(), clock);
        SettingsStore.Loaded settings = settingsStore.load();
        settings.message().ifPresent(m -> notices.add(new Notice(Notice.Kind.WARNING, m, "")));
        steps.finished("settings");

        BanksInBackground.Loaded loaded = banks.await();
        steps.finished("waiting for the banks");
        steps.took("banks and rubric (beside the database)", loaded.millis());
        BankLibrary library = loaded.library();
        if (library.hasFailures()) {
            int n = library.failures().size();
            notices.add(new Notice(Notice.Kind.WARNING,
                    n == 1 ? "The question bank " + library.failures().get(0).file()
                            + " could not be loaded. The other banks work as usual."
                            : n + " question banks could not be loaded. The other banks work as usual.",
                    "banks"));
        }
        ParseResult<Rubric> rubric = loaded.rubric();
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
        AppContext context = new AppContext(paths, clock, ticker, worker, lock, db, new AttemptRepository(db, clock),
                backups, settingsStore, settings.settings(), library, rubric.valueIfValid().orElse(Rubric.empty()),
                List.copyOf(notices), cannotSave.orElse(""));
        LOG.log(System.Logger.Level.INFO, "start-up steps: " + steps.summary());
        return new Result(Optional.of(context), null);
    }
}
