package org.emdrill.ui.practice;

import org.emdrill.insights.SpacedPractice;
import static org.emdrill.ui.testing.OnFx.fx;
import static org.emdrill.ui.testing.OnFx.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.emdrill.bank.BankLibrary;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.Rubric;
import org.emdrill.practice.AnswerDraft;
import org.emdrill.practice.AnswerPhase;
import org.emdrill.practice.FakeClock;
import org.emdrill.practice.FakeTicker;
import org.emdrill.practice.schedule.Sm2Scheduler;
import org.emdrill.practice.schedule.Sm2Settings;
import org.emdrill.practice.schedule.StudyDay;
import org.emdrill.settings.Settings;
import org.emdrill.store.AttemptRecorder;
import org.emdrill.store.AttemptSearch;
import org.emdrill.store.Database;
import org.emdrill.store.DatabaseOpener;
import org.emdrill.store.DraftStore;
import org.emdrill.store.OpenOutcome;
import org.emdrill.store.ScheduleRepository;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.StoryChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The Practice screen's state on the shared answering core, with a real store and fake clocks. */
class PracticeViewModelTest {

    @TempDir
    Path dir;

    private final FakeTicker ticker = new FakeTicker();
    private final FakeClock clock = new FakeClock(Instant.parse("2026-05-04T09:00:00Z"));
    private Database db;
    private DraftStore<AnswerDraft> drafts;
    private AppState state;
    private PracticeViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        db = ((OpenOutcome.Opened) new DatabaseOpener(dir, clock).open()).database();
        drafts = DraftStore.practice(dir.resolve("drafts"), clock);
        List<Question> questions = new java.util.ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            questions.add(new Question("q" + i, "Prompt " + i, List.of("Why?"), Map.of(Dimension.COACHING, 2), List.of(),
                    List.of(), 120, null, List.of()));
        }
        QuestionBank bank = new QuestionBank(1, "b", "Bank", "", questions, BankSource.BUNDLED, "b.json");
        state = new AppState(new BankLibrary(List.of(bank), List.of(), List.of()), new Rubric(Map.of()),
                Settings.defaults());
        vm = fx(this::viewModel);
    }

    private PracticeViewModel viewModel() {
        StudyDay day = StudyDay.in(ZoneOffset.UTC);
        return new PracticeViewModel(state, new AttemptRecorder(db, new Sm2Scheduler(Sm2Settings.defaults(), day, clock),
                clock), drafts, new SpacedPractice(new ScheduleRepository(db),
                new org.emdrill.insights.WeakestDimension(new org.emdrill.store.ScoreStatistics(db)), day, clock),
                new org.emdrill.store.StoryRepository(db)::all, new BackgroundRunner(Runnable::run), ticker, clock, new Random(1),
                org.emdrill.ui.testing.FakeMicrophone.silent(dir.resolve("recordings")));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void answerTwoQuestionsAndStartAThird() throws Exception {
        onFx(vm::startPractice);
        for (int i = 0; i < 2; i++) {
            onFx(vm::primaryAction); // start
            onFx(vm::skipPrep);
            onFx(() -> ticker.advance(Duration.ofSeconds(40)));
            onFx(vm::primaryAction); // stop
            onFx(() -> vm.answer().scoreCardProperty().get().scoreTargeted(3));
            onFx(vm::primaryAction); // save
            onFx(vm::primaryAction); // next
        }
        onFx(vm::primaryAction);
        onFx(vm::skipPrep);
        onFx(() -> vm.answer().answerTextProperty().set("Half of the third answer"));
        onFx(() -> ticker.advance(Duration.ofSeconds(25)));
        onFx(vm::flushDraft);
    }

    @Test
    void ctrlEnterStartsStopsSavesAndMovesOn() throws Exception {
        onFx(vm::startPractice);
        assertEquals(PracticeStage.READY, vm.stageProperty().get());
        onFx(vm::primaryAction);
        assertEquals(PracticeStage.RUNNING, vm.stageProperty().get());
        onFx(vm::primaryAction);
        assertEquals(PracticeStage.SCORING, vm.stageProperty().get());
        assertFalse(vm.answer().canSaveProperty().get(), "the targeted dimension needs a level first");
        onFx(() -> vm.answer().scoreCardProperty().get().scoreTargeted(4));
        assertTrue(vm.answer().canSaveProperty().get());
        onFx(vm::primaryAction);
        assertEquals(PracticeStage.SAVED, vm.stageProperty().get());
        onFx(vm::primaryAction);
        assertEquals(PracticeStage.READY, vm.stageProperty().get());
        assertEquals("Question 2 of 30", vm.shown().progressTextProperty().get());
    }

    @Test
    void aResumedAnswerComesBackAsTheSameQuestionNumberWithItsText() throws Exception {
        answerTwoQuestionsAndStartAThird();

        PracticeViewModel reopened = fx(this::viewModel);
        assertEquals(3, reopened.pendingDraftProperty().get().number());
        onFx(reopened::resumeDraft);

        assertEquals("Question 3 of 30", reopened.shown().progressTextProperty().get());
        assertEquals("Half of the third answer", reopened.answer().answerTextProperty().get());
        assertEquals(PracticeStage.RUNNING, reopened.stageProperty().get());
        assertTrue(reopened.readout().pausedProperty().get(), "back paused");
        assertEquals("0:25", reopened.readout().timerTextProperty().get());
    }

    @Test
    void aFailedSaveKeepsTheAnswerOnScreenAndItsDraftOnDisk() throws Exception {
        onFx(vm::startPractice);
        onFx(vm::primaryAction);
        onFx(() -> vm.answer().answerTextProperty().set("Worth keeping"));
        onFx(vm::primaryAction);
        onFx(() -> vm.answer().scoreCardProperty().get().scoreTargeted(4));
        onFx(vm::flushDraft);
        db.close();

        onFx(vm::save);

        assertEquals(PracticeStage.SCORING, vm.stageProperty().get());
        assertTrue(vm.statusTextProperty().get().contains("it is kept — try Save again"), vm.statusTextProperty().get());
        assertEquals("Worth keeping", vm.answer().answerTextProperty().get());
        assertEquals(AnswerPhase.SCORING, drafts.load().orElseThrow().phase(), "the draft is cleared only after a save");
    }

    @Test
    void anAutosaveThatFailsIsAWarningInTheWindowUntilItWorksAgain() throws Exception {
        Files.writeString(dir.resolve("drafts"), "a file where the folder should be");
        onFx(vm::startPractice);
        onFx(vm::primaryAction);
        onFx(() -> vm.answer().answerTextProperty().set("Typed while the disk was full"));
        onFx(vm::flushDraft);

        assertTrue(state.notices().stream().anyMatch(n -> n.text().startsWith("Your answer is not being autosaved")));

        Files.delete(dir.resolve("drafts"));
        onFx(vm::flushDraft);
        assertTrue(state.notices().stream().noneMatch(n -> n.text().contains("not being autosaved")));
        assertEquals("Typed while the disk was full", drafts.load().orElseThrow().answerText());
    }

    @Test
    void theDraftKeepsTheClockEvenWhileNothingIsTyped() throws Exception {
        onFx(vm::startPractice);
        onFx(vm::primaryAction);
        onFx(vm::skipPrep);
        onFx(() -> ticker.advance(Duration.ofSeconds(6)));
        onFx(vm::tick);

        assertEquals(Duration.ofSeconds(6), drafts.load().orElseThrow().answerElapsed());
    }

    @Test
    void discardingAnUnfinishedAnswerKeepsItsFileAside() throws Exception {
        answerTwoQuestionsAndStartAThird();
        PracticeViewModel reopened = fx(this::viewModel);
        onFx(reopened::discardDraft);

        assertTrue(drafts.load().isEmpty(), "no longer offered");
        try (var files = Files.list(dir.resolve("drafts"))) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().startsWith("current-put-away-")).count(),
                    "kept under a name that says it was put away, not as an unreadable file");
        }
    }

    @Test
    void startingANewPracticePutsTheUnfinishedAnswerAwayInsteadOfWritingOverIt() throws Exception {
        answerTwoQuestionsAndStartAThird();
        PracticeViewModel reopened = fx(this::viewModel);
        assertEquals("Half of the third answer", reopened.pendingDraftProperty().get().answerText());

        onFx(reopened::startPractice);
        onFx(reopened::primaryAction);
        onFx(() -> reopened.answer().answerTextProperty().set("A new answer"));
        onFx(reopened::flushDraft);

        assertEquals(null, reopened.pendingDraftProperty().get(), "no longer offered");
        assertTrue(reopened.statusTextProperty().get().startsWith("Your unfinished answer (5 words) was put away"),
                reopened.statusTextProperty().get());
        assertEquals("A new answer", drafts.load().orElseThrow().answerText());
        try (var files = Files.list(dir.resolve("drafts"))) {
            Path kept = files.filter(p -> p.getFileName().toString().startsWith("current-put-away-")).findFirst()
                    .orElseThrow();
            assertTrue(Files.readString(kept).contains("Half of the third answer"), "the old answer is kept");
        }
    }

    @Test
    void discardAndNextOnTheLastQuestionDoesNotOfferTheAnswerBack() throws Exception {
        QueuedQuestion only = new QueuedQuestion(state.library().banks().get(0), state.library().banks().get(0).questions().get(0));
        onFx(() -> state.requestPractice(new org.emdrill.ui.common.PracticeRequest("One question", List.of(only))));
        onFx(vm::primaryAction); // start
        onFx(vm::skipPrep);
        onFx(() -> vm.answer().answerTextProperty().set("An answer I threw away on purpose"));
        onFx(vm::primaryAction); // stop
        onFx(vm::discardAndNext);

        assertEquals(PracticeStage.SETUP, vm.stageProperty().get(), "the practice is over");
        assertEquals(null, vm.pendingDraftProperty().get(), "a discarded answer is not offered as unfinished");
        onFx(vm::flushDraft);
        assertTrue(drafts.load().isEmpty());
    }

    @Test
    void discardAndNextCanBeUndoneUntilTheNextAnswerStarts() throws Exception {
        onFx(vm::startPractice);
        onFx(vm::primaryAction); // start
        onFx(vm::skipPrep);
        onFx(() -> vm.answer().answerTextProperty().set("A long answer I did not mean to throw away"));
        onFx(() -> ticker.advance(Duration.ofSeconds(50)));
        onFx(vm::primaryAction); // stop
        onFx(() -> vm.answer().scoreCardProperty().get().scoreTargeted(4));
        String prompt = vm.shown().promptProperty().get();

        onFx(vm::discardAndNext);
        String shownAfterDiscard = vm.shown().promptProperty().get();
        assertEquals("Question 2 of 30", vm.shown().progressTextProperty().get());
        assertEquals(PracticeStage.READY, vm.stageProperty().get());
        assertTrue(vm.canUndoDiscardProperty().get());
        assertEquals("Answer discarded.", vm.statusTextProperty().get());

        onFx(vm::undoDiscard);
        assertEquals(prompt, vm.shown().promptProperty().get());
        assertEquals("A long answer I did not mean to throw away", vm.answer().answerTextProperty().get());
        assertEquals(PracticeStage.SCORING, vm.stageProperty().get());
        assertEquals(4, vm.answer().scoreCardProperty().get().scores().of(Dimension.COACHING).orElseThrow());
        assertFalse(vm.canUndoDiscardProperty().get(), "undone once");
        assertEquals("Question 1 of 30", vm.shown().progressTextProperty().get(), "the count comes back too");
        onFx(vm::flushDraft);
        assertEquals("A long answer I did not mean to throw away", drafts.load().orElseThrow().answerText(),
                "autosaved again");

        onFx(vm::discardAndNext);
        assertEquals(shownAfterDiscard, vm.shown().promptProperty().get(), "the question the discard showed is not lost");
        assertEquals("Question 2 of 30", vm.shown().progressTextProperty().get());
        onFx(vm::primaryAction); // the next answer starts: the discarded one is gone for good
        assertFalse(vm.canUndoDiscardProperty().get());
    }

    @Test
    void discardingAnAnswerNotStartedOffersNoUndo() throws Exception {
        onFx(vm::startPractice);
        onFx(vm::discardAndNext);
        assertFalse(vm.canUndoDiscardProperty().get());
        assertEquals("", vm.statusTextProperty().get());
    }

    private org.emdrill.stories.Story storyLinkedTo(String title, String questionId) {
        var story = org.emdrill.stories.Story.blank(clock.instant())
                .withText(title, "", "", "", "", "", "", "", "", List.of(), clock.instant())
                .withLinks(java.util.Set.of(), java.util.Set.of(questionId), java.util.Set.of(), clock.instant());
        new org.emdrill.store.StoryRepository(db).save(story);
        return story;
    }

    private void pick(PracticeViewModel model, String title) throws Exception {
        onFx(() -> model.story().chosenProperty().set(model.story().options().stream()
                .filter(o -> o.title().equals(title)).findFirst().orElseThrow()));
    }

    @Test
    void theStoryPickedInPrepIsInTheDraftAndComesBackWithTheAnswer() throws Exception {
        storyLinkedTo("Unrelated reorg", "q-none");
        onFx(vm::startPractice);
        String questionId = vm.shown().promptProperty().get().replace("Prompt ", "q");
        var linked = storyLinkedTo("The on-call rota", questionId);
        onFx(() -> vm.story().refresh()); // opening the list reads the stories again
        assertEquals(List.of("No story", "The on-call rota", "Unrelated reorg"),
                vm.story().options().stream().map(StoryChoice.Option::title).toList());
        assertEquals("Linked to this question", vm.story().options().get(1).group());

        onFx(vm::primaryAction); // prep starts
        pick(vm, "The on-call rota");
        onFx(vm::flushDraft);
        assertEquals(linked.id(), drafts.load().orElseThrow().storyId());

        PracticeViewModel reopened = fx(this::viewModel);
        onFx(reopened::resumeDraft);
        assertEquals("The on-call rota", reopened.story().chosenProperty().get().title());
        assertEquals("", reopened.story().noteProperty().get());
    }

    @Test
    void theStoryIsSavedWithTheAttempt() throws Exception {
        onFx(vm::startPractice);
        String questionId = vm.shown().promptProperty().get().replace("Prompt ", "q");
        var linked = storyLinkedTo("The on-call rota", questionId);
        onFx(() -> vm.story().refresh());
        pick(vm, "The on-call rota");
        onFx(vm::primaryAction);
        onFx(vm::skipPrep);
        onFx(() -> ticker.advance(Duration.ofSeconds(40)));
        onFx(vm::primaryAction);
        onFx(() -> vm.answer().scoreCardProperty().get().scoreTargeted(3));
        onFx(vm::primaryAction);

        assertEquals(PracticeStage.SAVED, vm.stageProperty().get());
        assertEquals(List.of(linked.id()),
                List.copyOf(new org.emdrill.store.StoryRepository(db).storiesOfAttempts().values()));
    }

    @Test
    void aStoryDeletedWhileTheAnswerWasPutAwayIsDroppedCalmly() throws Exception {
        onFx(vm::startPractice);
        String questionId = vm.shown().promptProperty().get().replace("Prompt ", "q");
        var linked = storyLinkedTo("The on-call rota", questionId);
        onFx(() -> vm.story().refresh());
        onFx(vm::primaryAction);
        pick(vm, "The on-call rota");
        onFx(vm::flushDraft);
        new org.emdrill.store.StoryRepository(db).delete(linked.id());

        PracticeViewModel reopened = fx(this::viewModel);
        onFx(reopened::resumeDraft);

        assertEquals(StoryChoice.Option.NONE, reopened.story().chosenProperty().get());
        assertTrue(reopened.story().noteProperty().get().contains("no longer in My stories"));
        assertEquals(PracticeStage.RUNNING, reopened.stageProperty().get(), "the answer itself is back");
        onFx(reopened::flushDraft);
        assertEquals(null, drafts.load().orElseThrow().storyId());
    }
}
