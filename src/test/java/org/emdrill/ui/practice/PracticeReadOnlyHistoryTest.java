package org.emdrill.ui.practice;

import static org.emdrill.ui.testing.OnFx.fx;
import static org.emdrill.ui.testing.OnFx.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.emdrill.bank.BankLibrary;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.Rubric;
import org.emdrill.insights.SpacedPractice;
import org.emdrill.insights.WeakestDimension;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.practice.schedule.Sm2Scheduler;
import org.emdrill.practice.schedule.Sm2Settings;
import org.emdrill.practice.schedule.StudyDay;
import org.emdrill.settings.Settings;
import org.emdrill.store.AttemptRecorder;
import org.emdrill.store.Database;
import org.emdrill.store.DatabaseOpener;
import org.emdrill.store.DraftStore;
import org.emdrill.store.OpenOutcome;
import org.emdrill.store.ScheduleRepository;
import org.emdrill.store.ScoreStatistics;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.PracticeRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** With a history that cannot be written, no practice starts: the user hears why before typing an answer. */
class PracticeReadOnlyHistoryTest {

    private static final String REASON = "Your answers cannot be saved: /data/history.db is not writable.";

    @TempDir
    Path dir;

    private final FakeClock clock = new FakeClock(Instant.parse("2026-05-04T09:00:00Z"));
    private Database db;
    private AppState state;
    private PracticeViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        db = ((OpenOutcome.Opened) new DatabaseOpener(dir, clock).open()).database();
        Question q = new Question("q1", "Prompt 1", List.of(), Map.of(Dimension.COACHING, 2), List.of(), List.of(), 120,
                null, List.of());
        QuestionBank bank = new QuestionBank(1, "b", "Bank", "", List.of(q), BankSource.BUNDLED, "b.json");
        state = new AppState(new BankLibrary(List.of(bank), List.of(), List.of()), new Rubric(Map.of()), Settings.defaults());
        StudyDay day = StudyDay.in(ZoneOffset.UTC);
        vm = fx(() -> new PracticeViewModel(state, new AttemptRecorder(db, new Sm2Scheduler(Sm2Settings.defaults(), day,
                clock), clock), DraftStore.practice(dir.resolve("drafts"), clock), new SpacedPractice(
                new ScheduleRepository(db), new WeakestDimension(new ScoreStatistics(db)), day, clock),
                List::of, new BackgroundRunner(Runnable::run), new FakeTicker(), clock, new Random(1),
                org.emdrill.ui.testing.FakeMicrophone.silent(dir.resolve("recordings"))));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void startPracticeSaysAnswersCannotBeSavedAndStaysOnTheSetUp() throws Exception {
        onFx(() -> state.cannotSaveProperty().set(REASON));

        onFx(vm::startPractice);

        assertEquals(PracticeStage.SETUP, vm.stageProperty().get());
        assertEquals(REASON, vm.statusTextProperty().get());
        assertEquals(REASON, vm.cannotSaveProperty().get());
    }

    @Test
    void aPracticeAskedForByAnotherScreenDoesNotStartEither() throws Exception {
        onFx(() -> state.cannotSaveProperty().set(REASON));

        onFx(() -> state.requestPractice(new PracticeRequest("Coaching holes", List.of())));

        assertEquals(PracticeStage.SETUP, vm.stageProperty().get());
        assertEquals(REASON, vm.statusTextProperty().get());
    }

    @Test
    void aWritableHistoryStartsAsUsual() throws Exception {
        onFx(vm::startPractice);

        assertEquals(PracticeStage.READY, vm.stageProperty().get());
    }
}
