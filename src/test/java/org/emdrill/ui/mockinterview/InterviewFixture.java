package org.emdrill.ui.mockinterview;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.emdrill.bank.BankLibrary;
import org.emdrill.bank.BankLibraryLoader;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.Rubric;
import org.emdrill.domain.RubricDimension;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.settings.Settings;
import org.emdrill.store.Database;
import org.emdrill.store.DatabaseOpener;
import org.emdrill.practice.mockinterview.MockInterviewSnapshot;
import org.emdrill.store.DraftStore;
import org.emdrill.store.AttemptRecorder;
import org.emdrill.store.InterviewRecorder;
import org.emdrill.practice.schedule.Sm2Scheduler;
import org.emdrill.practice.schedule.Sm2Settings;
import org.emdrill.practice.schedule.StudyDay;
import org.emdrill.store.OpenOutcome;
import org.emdrill.store.PresetRepository;
import org.emdrill.store.ScheduleRepository;
import org.emdrill.store.SessionRepository;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.testing.OnFx;
import org.testfx.util.WaitForAsyncUtils;

/** A real store in a temp folder, fake clocks, and the view model built the way the app builds it. */
final class InterviewFixture implements AutoCloseable {

    static final Instant MONDAY = Instant.parse("2026-05-04T09:00:00Z");

    final Path dataDir;
    final FakeTicker ticker = new FakeTicker();
    final FakeClock clock = new FakeClock(MONDAY);
    final Database database;
    final SessionRepository sessions;
    final PresetRepository presets;
    final ScheduleRepository schedule;
    final DraftStore<MockInterviewSnapshot> drafts;
    final AppState state;
    private final ExecutorService worker;
    final BackgroundRunner runner;
    /** The microphones the interview's answers were recorded from, in order; the next one comes from {@link #microphone}. */
    final List<org.emdrill.ui.testing.FakeMicrophone> microphones = new java.util.concurrent.CopyOnWriteArrayList<>();
    volatile java.util.function.Supplier<org.emdrill.ui.testing.FakeMicrophone> microphone =
            org.emdrill.ui.testing.FakeMicrophone::new;
    final org.emdrill.ui.common.SpokenAudio audio;

    /**
     * @param library    the banks in AppState
     * @param sameThread run background work at once on the calling (FX) thread, for view-model tests;
     *                   otherwise one worker thread as in the app
     */
    InterviewFixture(Path dataDir, BankLibrary library, boolean sameThread) throws IOException {
        this.dataDir = dataDir;
        database = ((OpenOutcome.Opened) new DatabaseOpener(dataDir, clock).open()).database();
        sessions = new SessionRepository(database, clock);
        presets = new PresetRepository(database);
        schedule = new ScheduleRepository(database);
        drafts = DraftStore.mockInterview(dataDir.resolve("drafts"), clock);
        state = new AppState(library, rubric(), Settings.defaults());
        worker = sameThread ? null : Executors.newSingleThreadExecutor();
        Executor executor = sameThread ? Runnable::run : worker;
        runner = new BackgroundRunner(executor);
        audio = org.emdrill.ui.testing.FakeMicrophone.audio(dataDir.resolve("recordings"), () -> microphone.get(),
                microphones, new org.emdrill.ui.common.Listening(org.emdrill.ui.testing.FakePlayback::new,
                        new org.emdrill.audio.playback.CachedWaveforms()));
    }

    /** The store side of an interview, wired as the app wires it. */
    InterviewRecorder interviewRecorder() {
        return new InterviewRecorder(sessions, schedule, new AttemptRecorder(database,
                new Sm2Scheduler(Sm2Settings.defaults(), StudyDay.in(java.time.ZoneId.systemDefault()), clock), clock),
                () -> new org.emdrill.insights.WeakestDimension(new org.emdrill.store.ScoreStatistics(database)).now()
                        .practiseOrder());
    }

    static BankLibrary bundled(Path dataDir) {
        return BankLibraryLoader.forDataDir(dataDir).load();
    }

    /** Two small banks; every question targets coaching (3) and execution (1), 120 s, two follow-ups. */
    static BankLibrary small() {
        return new BankLibrary(List.of(bank("alpha", "a1", "a2", "a3"), bank("beta", "b1", "b2")), List.of(), List.of());
    }

    static QuestionBank bank(String id, String... questionIds) {
        List<Question> qs = java.util.Arrays.stream(questionIds).map(q -> new Question(q, "Tell me about " + q + ".",
                List.of(q + " first probe?", q + " second probe?"), Map.of(Dimension.COACHING, 3, Dimension.EXECUTION, 1),
                List.of(), List.of(), 120, null, List.of())).toList();
        return new QuestionBank(1, id, "Bank " + id, "", qs, BankSource.BUNDLED, id + ".json");
    }

    /** A rubric whose text for level n of d reads "level n of d". */
    static Rubric rubric() {
        Map<Dimension, RubricDimension> dims = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            Map<Integer, String> levels = new HashMap<>();
            for (int level = 1; level <= 5; level++) {
                levels.put(level, "level " + level + " of " + d.displayName());
            }
            dims.put(d, new RubricDimension(d, d.assesses(), levels));
        }
        return new Rubric(dims);
    }

    MockInterviewViewModel viewModel() {
        return new MockInterviewViewModel(state, runner, sessions, presets, interviewRecorder(), drafts, ticker, clock, new Random(7), audio);
    }

    /** Waits until the worker has run everything queued so far. */
    void drain() throws Exception {
        if (worker != null) {
            worker.submit(() -> null).get(10, TimeUnit.SECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T> T fx(Callable<T> work) throws Exception {
        return OnFx.fx(work);
    }

    static void onFx(OnFx.ThrowingRunnable work) throws Exception {
        OnFx.onFx(work);
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.shutdownNow();
        }
        database.close();
    }
}
