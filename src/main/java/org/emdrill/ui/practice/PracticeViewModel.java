package org.emdrill.ui.practice;

import org.emdrill.insights.SpacedPractice;
import java.time.InstantSource;
import java.util.List;
import java.util.function.Supplier;
import org.emdrill.stories.Story;
import java.util.random.RandomGenerator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.QuestionBank;
import org.emdrill.practice.AnswerDraft;
import org.emdrill.practice.AnswerPhase;
import org.emdrill.practice.AnswerReading;
import org.emdrill.practice.QuestionAnswer;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.practice.Ticker;
import org.emdrill.store.AttemptRecorder;
import org.emdrill.store.DraftStore;
import org.emdrill.store.PlainErrors;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.AutosavedWork;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.Formats;
import org.emdrill.ui.common.AnswerReadout;
import org.emdrill.ui.common.PracticeRequest;
import org.emdrill.ui.common.SpokenAudio;
import org.emdrill.ui.common.StoryChoice;

/**
 * The Practice screen's state: set-up choices, the question in play, its clock and its scoring card. The
 * rules live in the shared answering core ({@link QuestionAnswer}); saving goes through the one
 * {@link AttemptRecorder}. This class turns them into properties and moves the screen from page to page; the
 * parts are {@link ShownQuestion}, {@link ShownAnswer} (text, notes, scoring card), {@link PracticeClock},
 * {@link PracticeAnswers} (timing), {@link PracticeDraft}, {@link PracticeSaving} and {@link StoryChoice}.
 */
public final class PracticeViewModel implements AutosavedWork {

    private static final System.Logger LOG = System.getLogger(PracticeViewModel.class.getName());
    private final AppState state;
    private final RandomGenerator random;
    private final ObjectProperty<AnswerMode> mode = new SimpleObjectProperty<>(AnswerMode.TYPED);
    private final ReadOnlyObjectWrapper<PracticeStage> stage = new ReadOnlyObjectWrapper<>(PracticeStage.SETUP);
    private final ShownQuestion shown = new ShownQuestion();
    private final PracticeChoices choices;
    private final TodaysPlan plan;
    private final ShownAnswer answer;
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final PracticeDraft draft;
    private final PracticeSaving saving;
    private final PracticeClock ticks;
    private final PracticeAnswers answers;
    private final DiscardedAnswer discarded = new DiscardedAnswer();
    private final StoryChoice story;
    private PracticeRun run;

    public PracticeViewModel(AppState state, AttemptRecorder recorder, DraftStore<AnswerDraft> drafts,
            SpacedPractice spaced, Supplier<List<Story>> stories, BackgroundRunner runner, Ticker ticker,
            InstantSource clock, RandomGenerator random, SpokenAudio audio) {
        this.state = state;
        this.choices = new PracticeChoices(state);
        this.plan = new TodaysPlan(state, runner, spaced);
        this.answers = new PracticeAnswers(state, choices, ticker, clock);
        this.random = random;
        this.draft = new PracticeDraft(state, runner, drafts, this::draftToKeep, statusText::set);
        this.saving = new PracticeSaving(recorder, runner, draft);
        this.answer = new ShownAnswer(state, () -> saving.isSaving(), draft::changed, audio, runner, clock);
        this.ticks = new PracticeClock(ticker, this::tick, this::flushDraft);
        this.story = new StoryChoice(runner, stories, draft::changed);
        choices.followDefaultMode(mode, () -> stage.get() == PracticeStage.SETUP);
        state.practiceRequestProperty().addListener((obs, was, request) -> {
            if (request != null) {
                startRequested(request);
            }
        });
    }

    /** The draft of the answer on screen; empty when there is nothing to keep or it is being saved. */
    private java.util.Optional<AnswerDraft> draftToKeep() {
        return current() == null || !current().hasProgress() || saving.isSaving() ? java.util.Optional.empty()
                : java.util.Optional.of(unsaved());
    }

    /** The answer on screen as a draft, with its place in the run and the story picked. */
    private AnswerDraft unsaved() {
        return current().toDraft().withNumber(run == null ? 0 : run.number()).withStory(story.chosenId());
    }

    /** The answer on screen, or null on the set-up. */
    private QuestionAnswer current() {
        return answer.current();
    }

    /** The set-up's choices: banks, order, prep time. */
    public PracticeChoices choices() {
        return choices;
    }

    /** Today's spaced-review card on the set-up. */
    public TodaysPlan todaysPlan() {
        return plan;
    }

    public ObjectProperty<AnswerMode> modeProperty() {
        return mode;
    }

    /** Starts a practice over the questions another screen picked; a running answer is never cut off. */
    private void startRequested(PracticeRequest request) {
        state.practiceRequestProperty().set(null);
        String refused = PracticeRun.refusal(request, stage.get(), cannotSaveProperty().get());
        if (refused != null) {
            statusText.set(refused);
            return;
        }
        begin(PracticeRun.named(request.title(), request.questions(), random));
    }

    /** Starts a practice run over the ticked banks and shows its first question. */
    public void startPractice() {
        List<QuestionBank> chosen = choices.chosen();
        String refused = choices.refusal(cannotSaveProperty().get());
        if (refused != null) {
            statusText.set(refused);
            return;
        }
        state.settingsProperty().set(state.settings()
                .withPractice(mode.get(), choices.orderProperty().get(), chosen.stream().map(QuestionBank::id).toList())
                .withPrepSeconds(choices.prepSecondsProperty().get()));
        begin(PracticeRun.overBanks(chosen, choices.orderProperty().get(), random));
    }

    /** Starts a run; an unfinished answer still on offer is put away first, never written over. */
    private void begin(PracticeRun newRun) {
        java.util.Optional<String> putAway = draft.putAwayPending();
        run = newRun;
        nextQuestion();
        putAway.ifPresent(statusText::set);
    }

    public void nextQuestion() {
        if (run == null || stage.get() == PracticeStage.RUNNING || stage.get() == PracticeStage.SCORING) {
            if (run != null) { // Ctrl+N: an answer is never cut off by a key, but the key is not ignored either
                statusText.set("Finish or discard the current answer first, then go on to the next question.");
            }
            return;
        }
        if (run.isDone()) {
            String done = run.doneText();
            endPractice();
            statusText.set(done);
            return;
        }
        var next = run.next();
        if (next.isEmpty()) {
            endPractice();
            return;
        }
        show(answers.fresh(next.get(), mode.get()), null);
        statusText.set("");
    }

    /** Puts a question's answer on screen, copying its state into the properties. */
    private void show(QuestionAnswer next, String storyId) {
        answer.clear(); // keep the property listeners from writing back while the screen is filled in
        shown.show(next, run == null ? "" : run.progressText());
        mode.set(next.mode());
        answer.show(next);
        story.offerFor(next.question(), storyId);
        stage.set(PracticeStage.of(next.phase()));
        if (next.phase().isTimed()) {
            ticks.play();
        }
        tick();
    }

    /** An unfinished answer found at start (or left by ending a practice), offered for resuming. */
    public ReadOnlyObjectProperty<AnswerDraft> pendingDraftProperty() {
        return draft.pendingProperty();
    }

    public void resumeDraft() {
        if (draft.pendingProperty().get() == null || stage.get() == PracticeStage.RUNNING) {
            return;
        }
        AnswerDraft saved = draft.take();
        QueuedQuestion queued = saved.rebuild(state.library().banks());
        run = PracticeRun.resumedAt(choices.chosen().isEmpty() ? List.of(queued.bank()) : choices.chosen(),
                choices.orderProperty().get(), random, saved.number());
        putBack(saved, queued, "unfinished answer");
    }

    /** Puts the answer just discarded back on screen, as it was when discarded. */
    public void undoDiscard() {
        discarded.take().ifPresent(d -> {
            answer.recording().restore(d.recordingFile());
            run.giveBack(); // the question shown after the discard comes next again
            putBack(d, d.rebuild(state.library().banks()), "answer");
        });
    }

    public ReadOnlyBooleanProperty canUndoDiscardProperty() {
        return discarded.availableProperty();
    }

    private void putBack(AnswerDraft saved, QueuedQuestion queued, String what) {
        try {
            show(answers.restore(saved, queued), saved.storyId());
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "draft cannot be resumed: " + e.getMessage());
            draft.setAside();
            statusText.set("That " + what + " could not be put back; its file is kept in the drafts folder.");
            return;
        }
        draft.changed();
        statusText.set(current().phase().isTimed()
                ? "Your " + what + " is back, paused. Press Resume (Ctrl+P) to carry on." : "Your " + what + " is back.");
    }

    /** Puts the unfinished answer away: its file is kept aside in the drafts folder, never deleted. */
    public void discardDraft() {
        draft.take();
        draft.putAway();
        statusText.set("Discarded. A copy of that answer is kept in the drafts folder of your data folder.");
    }

    /** Writes the draft now; the window also calls this when it loses focus or closes. */
    @Override
    public void flushDraft() {
        draft.flushNow();
    }

    /** The one key that moves things on: start the answer when ready, stop it when running, then save, then next. */
    public void primaryAction() {
        switch (stage.get()) {
            case READY -> startAnswer();
            case RUNNING -> stopAnswer();
            case SCORING -> save();
            case SAVED -> nextQuestion();
            default -> { }
        }
    }

    public void startAnswer() {
        if (stage.get() != PracticeStage.READY) {
            return;
        }
        discarded.forget();
        current().setMode(mode.get());
        current().start();
        stage.set(PracticeStage.RUNNING);
        ticks.play();
        tick();
        draft.changed();
    }

    public void skipPrep() {
        if (current() != null) {
            current().skipPrep();
            tick();
        }
    }

    public void togglePause() {
        if (current() != null) {
            statusText.set("");
            current().togglePause();
            tick();
            draft.changed();
        }
    }

    public void stopAnswer() {
        if (stage.get() != PracticeStage.RUNNING) {
            return;
        }
        current().finishAnswering();
        statusText.set("");
        tick();
    }

    /** Reads the clock. Runs ten times a second while answering; tests call it directly. */
    public void tick() {
        AnswerReading r = ticks.read(current(), answers.prep());
        if (r == null) {
            return;
        }
        if (stage.get() == PracticeStage.RUNNING && r.phase() == AnswerPhase.SCORING) {
            ticks.stop();
            stage.set(PracticeStage.SCORING);
            answer.answerOver();
            draft.changed();
            if (r.stoppedAtHardLimit()) {
                statusText.set("Time's up: the answer stopped at the hard limit of "
                        + Formats.clock(current().target().multipliedBy(2)) + ".");
            }
        }
        answer.followClock();
        answer.updateCanSave();
    }

    /** Stores the attempt in the background; the answer stays on screen until it is safely saved. */
    public void save() {
        QuestionAnswer saved = current();
        if (saved == null || !saved.canSave() || saving.isSaving()) {
            statusText.set(saving.isSaving() ? statusText.get() : answer.notSavedYetText(statusText.get()));
            return;
        }
        saving.save(saved, story.chosenId(), () -> {
            answer.updateCanSave();
            statusText.set("Saving…");
        }, () -> {
            if (saved == current()) {
                stage.set(PracticeStage.SAVED);
                statusText.set("Saved. Overall " + answer.scoreCardProperty().get().overallTextProperty().get()
                        + " — find it any time in History.");
            }
            answer.updateCanSave();
            state.attemptSaved();
        }, error -> {
            // A failed save writes the draft again.
            answer.updateCanSave();
            draft.changed();
            statusText.set(PlainErrors.forSave(error));
        });
    }

    /** Leaves the question unsaved and shows the next one; {@link #undoDiscard()} brings it back until the next starts. */
    public void discardAndNext() {
        if (stage.get() == PracticeStage.RUNNING) {
            current().finishAnswering();
            ticks.stop();
        }
        answer.recording().discard(current().recordingFile());
        discarded.keep(draftToKeep());
        draft.clear();
        stage.set(PracticeStage.SAVED);
        answer.clear(); // ended by this discard, the practice must not offer the answer back as unfinished
        nextQuestion();
        statusText.set(discarded.availableProperty().get() ? "Answer discarded." : "");
    }

    /** Back to set-up. An unsaved answer is kept as a draft and offered there, never thrown away silently. */
    public void endPractice() {
        ticks.stop();
        discarded.forget();
        if (current() != null && current().hasProgress()) {
            if (current().phase().isTimed()) {
                current().finishAnswering();
            }
            draft.offer(unsaved());
            flushDraft();
        }
        answer.recording().release();
        answer.clear();
        story.clear();
        run = null;
        statusText.set("");
        stage.set(PracticeStage.SETUP);
    }

    public ReadOnlyObjectProperty<PracticeStage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** The answer on screen: its text, word count, notes, scoring card and whether it can be saved. */
    public ShownAnswer answer() {
        return answer;
    }

    /** "Story you will tell": the stories offered for the question on screen and the one picked. */
    public StoryChoice story() {
        return story;
    }

    /** The question on screen as it reads. */
    public ShownQuestion shown() {
        return shown;
    }

    /** The answer's clock: time, caption, progress against the target. */
    public AnswerReadout readout() {
        return ticks.readout();
    }

    /** Why no answer can be saved (the history is read-only), or empty; Start is off while it is set. */
    public ReadOnlyStringProperty cannotSaveProperty() {
        return state.cannotSaveProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }
}
