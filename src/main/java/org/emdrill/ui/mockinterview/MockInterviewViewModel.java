package org.emdrill.ui.mockinterview;

import java.time.InstantSource;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.InterviewLoop;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.practice.Ticker;
import org.emdrill.practice.mockinterview.InterviewConfig;
import org.emdrill.practice.mockinterview.InterviewPresets;
import org.emdrill.practice.mockinterview.InterviewQuestionPicker;
import org.emdrill.practice.mockinterview.MockInterview;
import org.emdrill.practice.mockinterview.MockInterviewSnapshot;
import org.emdrill.store.DraftStore;
import org.emdrill.store.InterviewRecorder;
import org.emdrill.store.PresetRepository;
import org.emdrill.store.SessionRepository;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.AutosavedWork;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.ScoreCard;

/**
 * The Mock interview screen's state. The rules live in {@link MockInterview}, a fixed loop of the
 * shared answering core; this class drives it from the set-up, the clock and the buttons. Storing each
 * finished question and the crash snapshot is {@link InterviewSaving}'s job, the scoring cards
 * {@link InterviewScoring}'s, an interview left by a crash {@link InterviewResume}'s.
 */
public final class MockInterviewViewModel implements AutosavedWork {

    private final AppState state;
    private final BackgroundRunner runner;
    private final InterviewPresetChoices presetChoices;
    private final Ticker ticker;
    private final InstantSource clock;
    private final InterviewRecorder recorder;
    private final InterviewQuestionPicker picker;
    private final AskTheInterviewer ask = new AskTheInterviewer();

    private final InterviewSetup setup = new InterviewSetup();
    private final ReadOnlyObjectWrapper<InterviewPage> stage = new ReadOnlyObjectWrapper<>(InterviewPage.SETUP);
    private final ReadOnlyBooleanWrapper starting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<InterviewReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper reportIsPast = new ReadOnlyBooleanWrapper();

    private final PastInterviews past;
    private final InterviewResume resume;
    private final InterviewRun run;
    private final SummaryActions summaryActions;
    private final javafx.beans.binding.StringBinding titleDetail;

    public MockInterviewViewModel(AppState state, BackgroundRunner runner, SessionRepository sessions,
            PresetRepository presets, InterviewRecorder recorder, DraftStore<MockInterviewSnapshot> drafts, Ticker ticker,
            InstantSource clock, RandomGenerator random, org.emdrill.ui.common.SpokenAudio audio) {
        this.state = state;
        this.runner = runner;
        this.presetChoices = new InterviewPresetChoices(presets, runner, setup, statusText::set);
        this.ticker = ticker;
        this.clock = clock;
        this.recorder = recorder;
        this.picker = new InterviewQuestionPicker(random);
        InterviewSaving saving = new InterviewSaving(runner, recorder, drafts, state, statusText::set);
        this.run = new InterviewRun(state, runner, ticker, clock, saving, stage, statusText::set,
                new org.emdrill.ui.common.AnswerCapture(audio, runner, clock));
        this.past = new PastInterviews(runner, sessions);
        this.summaryActions = new SummaryActions(state, report::get, statusText::set);
        this.titleDetail = InterviewPage.titleDetail(stage, run.readout().progressTextProperty());
        this.resume = new InterviewResume(state, runner, recorder, sessions, drafts, ticker, clock, statusText::set);

        setup.setBanks(state.library().banks());
        state.libraryProperty().addListener((obs, was, is) -> setup.setBanks(is.banks()));
        // The set-up answers in the mode chosen in Settings, and follows a new choice made there.
        setup.useDefaultMode(state.settings().preferences().defaultAnswerMode());
        state.settingsProperty().addListener((obs, was, is) -> {
            if (was != null && was.preferences().defaultAnswerMode() != is.preferences().defaultAnswerMode()
                    && !isActive()) {
                setup.useDefaultMode(is.preferences().defaultAnswerMode());
            }
        });
        presetChoices.load();
        resume.lookForSnapshot(run::exists);
        past.reload();
    }

    // ---------------------------------------------------------------- set-up

    public InterviewSetup setup() {
        return setup;
    }

    /** The questions to ask your interviewer, a page of its own opened from set-up or the summary. */
    public AskTheInterviewer ask() {
        return ask;
    }

    /** The interview loops shipped with the app, offered as presets once they are read. */
    public void useLoops(List<InterviewLoop> loops) {
        setup.setLoops(InterviewPresets.fromLoops(loops));
    }

    /** Chooses the questions and opens the session row in the background, then starts the clock. */
    public void start() {
        if (stage.get() != InterviewPage.SETUP || starting.get()) {
            return;
        }
        InterviewConfig config = setup.config();
        List<QuestionBank> banks = state.library().banks();
        String preset = setup.presetName();
        List<String> skipped = setup.missingLoopQuestions();
        starting.set(true);
        statusText.set("Choosing questions\u2026");
        runner.run(() -> {
            presetChoices.remember(config);
            List<QueuedQuestion> questions = recorder.pick(picker, config, banks);
            if (questions.isEmpty()) {
                return null;
            }
            MockInterview m = new MockInterview(config, questions, ticker, clock);
            m.setSessionId(recorder.start(preset, m, clock.instant()));
            return m;
        }, m -> {
            starting.set(false);
            if (m == null) {
                statusText.set("There are no questions to ask: load a bank on the Banks screen or tick another one.");
                return;
            }
            statusText.set("");
            resume.withdraw();
            m.start();
            begin(m, preset, Set.of());
            if (!skipped.isEmpty()) {
                statusText.set("Skipped " + skipped.size() + (skipped.size() == 1 ? " question" : " questions")
                        + " of this loop that your banks no longer have: " + String.join(", ", skipped) + ".");
            }
        }, error -> {
            starting.set(false);
            statusText.set("Could not start the interview (" + error.getMessage() + ").");
        });
    }

    /** Saves the current set-up under {@code name}, replacing a user preset of that name. */
    public void savePreset(String name) {
        presetChoices.save(name);
    }

    public ObservableList<PastInterview> pastInterviews() {
        return past.list();
    }

    /** Shows the summary of a past interview, read-only. */
    public void openPast(PastInterview chosen) {
        if (chosen == null || isActive()) {
            return;
        }
        past.open(chosen, state.library(), found -> {
            if (found.isEmpty()) {
                statusText.set("That interview is no longer in the history.");
                past.reload();
                return;
            }
            statusText.set("");
            showSummary(found.get(), true);
        }, error -> statusText.set("Could not open that interview (" + error.getMessage() + ")."));
    }

    // ---------------------------------------------------------------- resuming after a crash

    /** Puts the interview left by a crash back on screen, paused. */
    public void resume() {
        if (!isActive()) {
            resume.resume(setup, (m, preset, saved) -> begin(m, preset, saved), starting::set);
        }
    }

    /** Throws the interview left by a crash away; what was already saved of it stays in the history. */
    public void discardResume() {
        resume.discard(past::reload);
    }

    public ReadOnlyObjectProperty<MockInterviewSnapshot> pendingResumeProperty() {
        return resume.pendingProperty();
    }

    /** "Resume interview (question 2 of 5, started 4 May 2026, 09:00)". */
    public ReadOnlyStringProperty resumeTextProperty() {
        return resume.textProperty();
    }

    // ---------------------------------------------------------------- running

    private void begin(MockInterview m, String preset, Set<Integer> alreadySaved) {
        run.begin(m, preset, alreadySaved, this::showSummary);
    }

    private void showSummary(InterviewReport r, boolean isPast) {
        report.set(r);
        reportIsPast.set(isPast);
        stage.set(InterviewPage.SUMMARY);
        past.reload();
    }

    private boolean isActive() {
        return run.isActive();
    }

    /** The one key that moves things on (Ctrl+Enter). */
    public void primaryAction() {
        switch (stage.get()) {
            case SETUP -> start();
            case RUNNING -> next();
            case SCORING -> submitScore();
            case END_SCORING -> finishScoring();
            default -> { }
        }
    }

    /** Ends the thinking time, the answer or the follow-up that is running. */
    public void next() {
        run.next();
    }

    public void togglePause() {
        run.togglePause();
    }

    public void skipPrep() {
        run.skipPrep();
    }

    public void skipQuestion() {
        run.skipQuestion();
    }

    /** Ends the interview now; the view asks for confirmation first. */
    public void abandon() {
        run.abandon();
    }

    /** Reads the clocks. Runs ten times a second while an interview is on; tests call it directly. */
    public void tick() {
        run.tick();
    }

    /** Keeps the score of the answer just given and moves on (scoring after each question). */
    public void submitScore() {
        run.submitScore();
    }

    /** Moves on with the answer saved unscored. */
    public void continueWithoutScore() {
        run.continueWithoutScore();
    }

    /** Ends the final scoring: complete cards count, blank ones stay unscored, half-done ones block. */
    public void finishScoring() {
        run.finishScoring();
    }

    /** Writes the snapshot now; the window calls this when it loses focus or closes. */
    @Override
    public void flushDraft() {
        run.flushDraft();
    }

    // ---------------------------------------------------------------- summary

    /** Back to the set-up page for another interview. */
    public void newInterview() {
        if (isActive()) {
            return;
        }
        run.forget();
        report.set(null);
        statusText.set("");
        stage.set(InterviewPage.SETUP);
    }

    /**
     * Hands the weakest part of the report to the Practice screen: the answers that scored below 3, then
     * the questions weighting the lowest dimension most.
     */
    public void practiseWeakest() {
        summaryActions.practiseWeakest();
    }

    public boolean canPractiseWeakest() {
        return summaryActions.canPractiseWeakest();
    }

    /** Shows the answer of one question of the report in History, with its detail open. */
    public void openInHistory(InterviewReport.Row row) {
        summaryActions.openInHistory(row);
    }

    // ---------------------------------------------------------------- properties

    public ReadOnlyObjectProperty<InterviewPage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** True while questions are chosen or a resumed interview is prepared. */
    public ReadOnlyBooleanProperty startingProperty() {
        return starting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /**
     * What the window's title adds while an interview runs: "question 2 of 5" during its questions and
     * their scoring, "scoring" at the end; empty on the set-up and the summary.
     */
    public javafx.beans.binding.StringExpression windowTitleDetailProperty() {
        return titleDetail;
    }

    public RunningReadout readout() {
        return run.readout();
    }

    public InterviewStory story() {
        return run.story();
    }

    /** What the Next button does now: "Start answering", "Next: follow-up", "Done · next question". */
    public ReadOnlyStringProperty nextLabelProperty() {
        return run.nextLabelProperty();
    }

    /** Typed or spoken, of the running interview. */
    public ReadOnlyObjectProperty<AnswerMode> modeProperty() {
        return run.modeProperty();
    }

    /** The text being typed: the answer, or the follow-up's answer; in spoken mode, notes. */
    public StringProperty answerTextProperty() {
        return run.answerTextProperty();
    }

    public ReadOnlyObjectProperty<ScoreCard> currentCardProperty() {
        return run.scoring().currentCardProperty();
    }

    public ObservableList<ScoreCard> endCards() {
        return run.scoring().endCards();
    }

    /** The answer (and follow-up answers) given to the question at {@code position}, while it is scored. */
    public java.util.Optional<org.emdrill.practice.mockinterview.AskedQuestion> givenAnswer(int position) {
        return run.scoring().givenAnswer(position);
    }

    public ReadOnlyStringProperty endMessageProperty() {
        return run.scoring().endMessageProperty();
    }

    public ReadOnlyObjectProperty<InterviewReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** True when the summary is of an interview opened from the list, not the one just finished. */
    public ReadOnlyBooleanProperty reportIsPastProperty() {
        return reportIsPast.getReadOnlyProperty();
    }

    /** Stops the clock and pending saves, as a killed app would; for tests. */
    void stopTicking() {
        run.stopTicking();
    }
}
