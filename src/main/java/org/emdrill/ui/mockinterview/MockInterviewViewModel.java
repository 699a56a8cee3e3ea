package org.emdrill.ui.mockinterview;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.Scores;
import org.emdrill.practice.QueuedQuestion;
import org.emdrill.practice.Ticker;
import org.emdrill.practice.mockinterview.InterviewConfig;
import org.emdrill.practice.mockinterview.InterviewPresets;
import org.emdrill.practice.mockinterview.InterviewProgress;
import org.emdrill.practice.mockinterview.AskedQuestion;
import org.emdrill.practice.mockinterview.InterviewQuestionPicker;
import org.emdrill.practice.mockinterview.InterviewStep;
import org.emdrill.practice.mockinterview.InterviewSummary;
import org.emdrill.practice.mockinterview.FinishedQuestion;
import org.emdrill.practice.mockinterview.MockInterview;
import org.emdrill.practice.mockinterview.MockInterviewSnapshot;
import org.emdrill.store.DraftStore;
import org.emdrill.store.InterviewRecorder;
import org.emdrill.store.PresetRepository;
import org.emdrill.store.SessionRepository;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.Autosave;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.Formats;
import org.emdrill.ui.common.PracticeRequest;
import org.emdrill.ui.common.ScoreCard;

/**
 * The Mock interview screen's state. The rules live in {@link MockInterview}; this class drives it from
 * the set-up, the clock and the buttons, stores each finished question as soon as it is final, keeps a
 * crash snapshot on disk, and builds the summary. All disk and database work goes through the
 * {@link BackgroundRunner}.
 */
public final class MockInterviewViewModel {

    private static final System.Logger LOG = System.getLogger(MockInterviewViewModel.class.getName());
    /** While a clock runs without other changes, the snapshot is still refreshed this often. */
    static final Duration PERIODIC_SNAPSHOT = Duration.ofSeconds(5);
    static final int PAST_INTERVIEWS_SHOWN = 8;
    static final int WEAKEST_PRACTICE_SIZE = 5;

    private final AppState state;
    private final BackgroundRunner runner;
    private final PresetRepository presets;
    private final DraftStore<MockInterviewSnapshot> drafts;
    private final Ticker ticker;
    private final InstantSource clock;
    private final InterviewRecorder recorder;
    private final InterviewQuestionPicker picker;
    private final SessionRepository sessions;

    private final InterviewSetup setup = new InterviewSetup();
    private final RunningReadout readout = new RunningReadout();
    private final ReadOnlyObjectWrapper<InterviewPage> stage = new ReadOnlyObjectWrapper<>(InterviewPage.SETUP);
    private final ReadOnlyBooleanWrapper starting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextLabel = new ReadOnlyStringWrapper("Next");
    private final ReadOnlyObjectWrapper<AnswerMode> mode = new ReadOnlyObjectWrapper<>(AnswerMode.SPOKEN);
    private final StringProperty answerText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ScoreCard> currentCard = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ScoreCard> endCards = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper endMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<InterviewReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper reportIsPast = new ReadOnlyBooleanWrapper();
    private final ObservableList<PastInterview> pastInterviews = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<MockInterviewSnapshot> pendingResume = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper resumeText = new ReadOnlyStringWrapper("");

    private final Autosave autosave;
    private final Timeline ticks;

    private MockInterview interview;
    private String runningPreset = "";
    /** Positions of the running interview already in the store (after a resume, some may be). */
    private final Set<Integer> savedPositions = new HashSet<>();
    private final List<FinishedQuestion> failedSaves = new ArrayList<>();
    private InterviewStep lastStep;
    private int lastQuestion;
    private int lastFollowUp;
    private long lastSnapshotNanos;
    /** True while the answer box is being filled in by the model, so it is not written back. */
    private boolean filling;

    public MockInterviewViewModel(AppState state, BackgroundRunner runner, SessionRepository sessions, PresetRepository presets,
            InterviewRecorder recorder, DraftStore<MockInterviewSnapshot> drafts, Ticker ticker, InstantSource clock,
            RandomGenerator random) {
        this.state = state;
        this.runner = runner;
        this.sessions = sessions;
        this.presets = presets;
        this.drafts = drafts;
        this.ticker = ticker;
        this.clock = clock;
        this.recorder = recorder;
        this.picker = new InterviewQuestionPicker(random);
        this.autosave = new Autosave(this::saveSnapshot);

        setup.setBanks(state.library().banks());
        state.libraryProperty().addListener((obs, was, is) -> setup.setBanks(is.banks()));
        answerText.addListener((obs, was, is) -> {
            if (!filling && interview != null && interview.step().isTimed()) {
                interview.typeAnswer(is);
                autosave.changed();
            }
        });
        ticks = new Timeline(new KeyFrame(javafx.util.Duration.millis(100), e -> tick()));
        ticks.setCycleCount(Timeline.INDEFINITE);

        runner.run(presets::all, setup::setUserPresets, error -> { });
        runner.run(drafts::load, found -> found.ifPresent(this::offerResume), error -> { });
        loadPastInterviews();
    }

    // ---------------------------------------------------------------- set-up

    public InterviewSetup setup() {
        return setup;
    }

    /** Chooses the questions and opens the session row in the background, then starts the clock. */
    public void start() {
        if (stage.get() != InterviewPage.SETUP || starting.get()) {
            return;
        }
        InterviewConfig config = setup.config();
        List<QuestionBank> banks = state.library().banks();
        String preset = setup.presetName();
        starting.set(true);
        statusText.set("Choosing questions\u2026");
        runner.run(() -> {
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
            pendingResume.set(null);
            runningPreset = preset;
            m.start();
            begin(m, Set.of());
        }, error -> {
            starting.set(false);
            statusText.set("Could not start the interview (" + error.getMessage() + ").");
        });
    }

    /** Saves the current set-up under {@code name}, replacing a user preset of that name. */
    public void savePreset(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            statusText.set("A preset needs a name.");
            return;
        }
        if (InterviewPresets.isBuiltInName(trimmed)) {
            statusText.set("\u201c" + trimmed + "\u201d is a built-in preset; pick another name.");
            return;
        }
        InterviewConfig config = setup.config();
        runner.run(() -> {
            presets.save(trimmed, config);
            return presets.all();
        }, all -> {
            setup.setUserPresets(all);
            setup.presets().stream().filter(p -> p.name().equals(trimmed)).findFirst()
                    .ifPresent(p -> setup.presetProperty().set(p));
            statusText.set("Saved the preset \u201c" + trimmed + "\u201d.");
        }, error -> statusText.set("Could not save the preset (" + error.getMessage() + ")."));
    }

    public ObservableList<PastInterview> pastInterviews() {
        return pastInterviews;
    }

    private void loadPastInterviews() {
        // A session still marked running is the interview on screen or one offered for resuming: not past.
        runner.run(() -> sessions.listNewestFirst(PAST_INTERVIEWS_SHOWN + 1, 0).stream()
                        .filter(s -> s.state() != SessionRepository.State.RUNNING).limit(PAST_INTERVIEWS_SHOWN)
                        .map(PastInterview::of).toList(),
                pastInterviews::setAll, error -> { });
    }

    /** Shows the summary of a past interview, read-only. */
    public void openPast(PastInterview past) {
        if (past == null || isActive()) {
            return;
        }
        Map<String, String> prompts = promptsById();
        runner.run(() -> sessions.find(past.sessionId()).map(detail -> InterviewReport.of(detail,
                sessions.averagesBefore(past.sessionId()), id -> Optional.ofNullable(prompts.get(id)))), found -> {
            if (found.isEmpty()) {
                statusText.set("That interview is no longer in the history.");
                loadPastInterviews();
                return;
            }
            report.set(found.get());
            reportIsPast.set(true);
            statusText.set("");
            stage.set(InterviewPage.SUMMARY);
        }, error -> statusText.set("Could not open that interview (" + error.getMessage() + ")."));
    }

    // ---------------------------------------------------------------- resuming after a crash

    private void offerResume(MockInterviewSnapshot s) {
        if (interview != null) {
            return;
        }
        int number = Math.min(s.position() + 1, s.items().size());
        resumeText.set("Resume interview (question " + number + " of " + s.items().size()
                + (s.startedAt() == null ? "" : ", started " + Formats.dateTime(s.startedAt())) + ")");
        pendingResume.set(s);
    }

    /** Puts the interview left by a crash back on screen, paused. */
    public void resume() {
        MockInterviewSnapshot s = pendingResume.get();
        if (s == null || isActive()) {
            return;
        }
        pendingResume.set(null);
        MockInterview m;
        try {
            m = MockInterview.restore(s, state.library().banks(), ticker, clock);
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "interview snapshot cannot be resumed: " + e.getMessage());
            runner.fireAndForget(drafts::setAside);
            statusText.set("That interview could not be resumed; its file was kept in the drafts folder.");
            return;
        }
        String preset = s.config().equals(setup.config()) ? setup.presetName() : "Resumed interview";
        starting.set(true);
        runner.run(() -> {
            if (m.sessionId() == 0) {
                m.setSessionId(recorder.start(preset, m, s.startedAt() == null ? clock.instant() : s.startedAt()));
                return Set.<Integer>of();
            }
            return recorder.savedPositions(m.sessionId());
        }, saved -> {
            starting.set(false);
            runningPreset = preset;
            begin(m, saved);
            if (m.isPaused()) {
                statusText.set("Your interview is back, paused. Press Resume (Ctrl+P) when you are ready.");
            }
        }, error -> {
            starting.set(false);
            pendingResume.set(s);
            statusText.set("Could not resume the interview (" + error.getMessage() + ").");
        });
    }

    /** Throws the interview left by a crash away; what was already saved of it stays in the history. */
    public void discardResume() {
        MockInterviewSnapshot s = pendingResume.get();
        if (s == null) {
            return;
        }
        pendingResume.set(null);
        Instant now = clock.instant();
        runner.run(() -> {
            drafts.clear();
            if (s.sessionId() != 0) {
                Set<Integer> skipped = new HashSet<>();
                for (int i = 0; i < s.items().size(); i++) {
                    if (s.items().get(i).status() == org.emdrill.practice.mockinterview.QuestionStatus.SKIPPED) {
                        skipped.add(i);
                    }
                }
                sessions.abandon(s.sessionId(), now, s.totalElapsed(), skipped);
            }
            return null;
        }, done -> loadPastInterviews(), error -> statusText.set("Could not discard it (" + error.getMessage() + ")."));
    }

    public ReadOnlyObjectProperty<MockInterviewSnapshot> pendingResumeProperty() {
        return pendingResume.getReadOnlyProperty();
    }

    /** "Resume interview (question 2 of 5, started 4 May 2026, 09:00)". */
    public ReadOnlyStringProperty resumeTextProperty() {
        return resumeText.getReadOnlyProperty();
    }

    // ---------------------------------------------------------------- running

    private void begin(MockInterview m, Set<Integer> alreadySaved) {
        interview = m;
        savedPositions.clear();
        savedPositions.addAll(alreadySaved);
        failedSaves.clear();
        lastStep = null;
        mode.set(m.config().mode());
        ticks.play();
        refresh();
    }

    private boolean isActive() {
        return interview != null && !interview.step().isOver();
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
        if (interview != null && interview.step().isTimed()) {
            interview.next();
            refresh();
        }
    }

    public void togglePause() {
        if (interview == null) {
            return;
        }
        if (interview.isPaused()) {
            interview.resume();
            statusText.set("");
        } else {
            interview.pause();
        }
        refresh();
        autosave.flushNow();
    }

    public void skipPrep() {
        if (interview != null && interview.step() == InterviewStep.PREP) {
            interview.skipPrep();
            refresh();
        }
    }

    public void skipQuestion() {
        if (interview != null && interview.step().isTimed()) {
            interview.skipQuestion();
            refresh();
        }
    }

    /** Ends the interview now; the view asks for confirmation first. */
    public void abandon() {
        if (isActive()) {
            interview.abandon();
            refresh();
        }
    }

    /** Reads the clocks. Runs ten times a second while an interview is on; tests call it directly. */
    public void tick() {
        if (interview != null && !interview.step().isOver()) {
            refresh();
        }
    }

    private void refresh() {
        InterviewProgress p = interview.progress();
        readout.update(p, interview.currentReading(), interview.config().prep());
        nextLabel.set(nextLabel(p));
        boolean changed = p.step() != lastStep || p.questionNumber() != lastQuestion
                || p.followUpNumber() != lastFollowUp;
        if (changed) {
            lastStep = p.step();
            lastQuestion = p.questionNumber();
            lastFollowUp = p.followUpNumber();
            stepChanged(p);
        } else if (p.step().isTimed() && !p.paused()
                && ticker.nanos() - lastSnapshotNanos > PERIODIC_SNAPSHOT.toNanos()) {
            saveSnapshot();
        }
    }

    private void stepChanged(InterviewProgress p) {
        autosave.cancel();
        switch (p.step()) {
            case PREP, ANSWER, FOLLOW_UP -> {
                showAnswerText(p);
                currentCard.set(null);
                stage.set(InterviewPage.RUNNING);
            }
            case SCORE -> {
                ScoreCard card = cardFor(interview.questions().get(interview.position()));
                currentCard.set(card);
                stage.set(InterviewPage.SCORING);
            }
            case END_SCORING -> {
                currentCard.set(null);
                endCards.setAll(interview.questions().stream().filter(AskedQuestion::wasAnswered)
                        .map(this::cardFor).toList());
                updateEndMessage();
                stage.set(InterviewPage.END_SCORING);
            }
            default -> { }
        }
        if (p.step().isOver()) {
            finishInterview();
            return;
        }
        // The snapshot is written before the finished questions are handed out: if the app dies between
        // the two, the resumed interview hands them out again and the saved positions keep them single.
        saveSnapshot();
        persistFinished();
    }

    private void showAnswerText(InterviewProgress p) {
        AskedQuestion q = interview.questions().get(interview.position());
        String text = p.step() == InterviewStep.FOLLOW_UP && p.followUpNumber() > 0
                && q.followUps().size() >= p.followUpNumber()
                ? q.followUps().get(p.followUpNumber() - 1).answerText() : q.answerText();
        filling = true;
        answerText.set(text);
        filling = false;
    }

    private ScoreCard cardFor(AskedQuestion q) {
        ScoreCard card = new ScoreCard(q.position(), q.queued().question(),
                ScoreCard.timeText(q.answerDuration(), q.target(), q.followUps().size()), q.scores(), q.star(),
                q.notes(), state.rubric());
        card.setOnChange(() -> {
            applyCard(card);
            if (stage.get() == InterviewPage.END_SCORING) {
                updateEndMessage();
            }
            autosave.changed();
        });
        return card;
    }

    private void applyCard(ScoreCard card) {
        try {
            interview.score(card.position(), card.scores(), card.star(), card.notes());
        } catch (IllegalStateException e) {
            LOG.log(System.Logger.Level.DEBUG, "card not applied: " + e.getMessage());
        }
    }

    private static String nextLabel(InterviewProgress p) {
        boolean moreFollowUps = p.step() == InterviewStep.ANSWER ? p.followUpCount() > 0
                : p.step() == InterviewStep.FOLLOW_UP && p.followUpNumber() < p.followUpCount();
        if (p.step() == InterviewStep.PREP) {
            return "Start answering";
        }
        if (moreFollowUps) {
            return "Next: follow-up";
        }
        return p.questionNumber() >= p.questionCount() ? "Done \u00b7 end interview" : "Done \u00b7 next question";
    }

    // ---------------------------------------------------------------- scoring

    /** Keeps the score of the answer just given and moves on (scoring after each question). */
    public void submitScore() {
        ScoreCard card = currentCard.get();
        if (stage.get() != InterviewPage.SCORING || card == null) {
            return;
        }
        if (!card.isComplete()) {
            statusText.set(card.missingTextProperty().get() + " Or continue without scoring.");
            return;
        }
        statusText.set("");
        applyCard(card);
        interview.next();
        refresh();
    }

    /** Moves on with the answer saved unscored. */
    public void continueWithoutScore() {
        ScoreCard card = currentCard.get();
        if (stage.get() != InterviewPage.SCORING || card == null) {
            return;
        }
        statusText.set("");
        try {
            interview.score(card.position(), Scores.none(), Set.of(), card.notes());
        } catch (IllegalStateException e) {
            LOG.log(System.Logger.Level.DEBUG, "score not cleared: " + e.getMessage());
        }
        interview.next();
        refresh();
    }

    /** Ends the final scoring: complete cards count, blank ones stay unscored, half-done ones block. */
    public void finishScoring() {
        if (stage.get() != InterviewPage.END_SCORING) {
            return;
        }
        if (endCards.stream().anyMatch(ScoreCard::isPartial)) {
            updateEndMessage();
            statusText.set(endMessage.get());
            return;
        }
        statusText.set("");
        endCards.forEach(this::applyCard);
        interview.next();
        refresh();
    }

    private void updateEndMessage() {
        List<String> partial = endCards.stream().filter(ScoreCard::isPartial)
                .map(c -> "question " + (c.position() + 1)).toList();
        long blank = endCards.stream().filter(ScoreCard::isBlank).count();
        if (!partial.isEmpty()) {
            endMessage.set("Finish scoring " + String.join(", ", partial)
                    + ", or clear it to keep it unscored.");
        } else if (blank > 0) {
            endMessage.set(blank + (blank == 1 ? " answer stays" : " answers stay") + " unscored if you finish now.");
        } else {
            endMessage.set("Every answer is scored.");
        }
    }

    // ---------------------------------------------------------------- storing

    private void persistFinished() {
        List<FinishedQuestion> ready = new ArrayList<>(failedSaves);
        failedSaves.clear();
        ready.addAll(interview.takeFinished());
        long sessionId = interview.sessionId();
        for (FinishedQuestion f : ready) {
            if (!savedPositions.add(f.position())) {
                continue;
            }
            runner.run(() -> recorder.save(sessionId, f), id -> state.attemptSaved(), error -> {
                savedPositions.remove(f.position());
                failedSaves.add(f);
                statusText.set("Could not save question " + (f.position() + 1) + " (" + error.getMessage()
                        + "); it is kept and saved again at the next step.");
            });
        }
    }

    private void finishInterview() {
        ticks.stop();
        autosave.cancel();
        persistFinished();
        MockInterview m = interview;
        String preset = runningPreset;
        Instant at = clock.instant();
        currentCard.set(null);
        endCards.clear();
        runner.run(() -> {
            var before = recorder.close(m, at);
            drafts.clear();
            return before;
        }, before -> showSummary(m, preset, before), error -> {
            showSummary(m, preset, org.emdrill.practice.schedule.DimensionAverages.none());
            statusText.set("The interview is over, but closing it in the history failed (" + error.getMessage() + ").");
        });
    }

    private void showSummary(MockInterview m, String preset, org.emdrill.practice.schedule.DimensionAverages before) {
        report.set(InterviewReport.of(InterviewSummary.of(m, before), preset, m.startedAt()));
        reportIsPast.set(false);
        stage.set(InterviewPage.SUMMARY);
        loadPastInterviews();
    }

    private void saveSnapshot() {
        if (interview == null || interview.step().isOver() || interview.step() == InterviewStep.NOT_STARTED) {
            return;
        }
        MockInterviewSnapshot snapshot = interview.snapshot();
        lastSnapshotNanos = ticker.nanos();
        runner.fireAndForget(() -> {
            drafts.save(snapshot);
            return null;
        });
    }

    /** Writes the snapshot now; the view calls this when the window loses focus or closes. */
    public void flushDraft() {
        if (isActive()) {
            autosave.flushNow();
        }
    }

    // ---------------------------------------------------------------- summary

    /** Back to the set-up page for another interview. */
    public void newInterview() {
        if (isActive()) {
            return;
        }
        interview = null;
        report.set(null);
        statusText.set("");
        stage.set(InterviewPage.SETUP);
    }

    /**
     * Hands the weakest part of the report to the Practice screen: the answers that scored below 3, then
     * the questions weighting the lowest dimension most.
     */
    public void practiseWeakest() {
        InterviewReport r = report.get();
        if (r == null) {
            return;
        }
        List<QueuedQuestion> questions = weakestQuestions(r);
        if (questions.isEmpty()) {
            statusText.set("Nothing was scored, so there is no weakest area yet.");
            return;
        }
        String title = r.practiseNext().map(d -> "Weakest: " + d.displayName()).orElse("Weakest answers");
        state.requestPractice(new PracticeRequest(title, questions));
    }

    public boolean canPractiseWeakest() {
        InterviewReport r = report.get();
        return r != null && (r.practiseNext().isPresent() || !r.weakQuestionIds().isEmpty());
    }

    private List<QueuedQuestion> weakestQuestions(InterviewReport r) {
        Map<String, QueuedQuestion> byId = new LinkedHashMap<>();
        List<QueuedQuestion> all = new ArrayList<>();
        for (QuestionBank bank : state.library().banks()) {
            for (Question q : bank.questions()) {
                all.add(new QueuedQuestion(bank, q));
            }
        }
        for (String id : r.weakQuestionIds()) {
            all.stream().filter(q -> q.question().id().equals(id)).findFirst().ifPresent(q -> byId.put(id, q));
        }
        if (r.practiseNext().isPresent()) {
            Dimension d = r.practiseNext().get();
            all.stream().filter(q -> q.question().targets(d))
                    .sorted((a, b) -> Integer.compare(b.question().weightOf(d), a.question().weightOf(d)))
                    .forEach(q -> {
                        if (byId.size() < WEAKEST_PRACTICE_SIZE) {
                            byId.putIfAbsent(q.question().id(), q);
                        }
                    });
        }
        return List.copyOf(byId.values());
    }

    private Map<String, String> promptsById() {
        Map<String, String> prompts = new java.util.HashMap<>();
        state.library().banks().forEach(b -> b.questions().forEach(q -> prompts.put(q.id(), q.prompt())));
        return prompts;
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

    public RunningReadout readout() {
        return readout;
    }

    /** What the Next button does now: "Start answering", "Next: follow-up", "Done · next question". */
    public ReadOnlyStringProperty nextLabelProperty() {
        return nextLabel.getReadOnlyProperty();
    }

    /** Typed or spoken, of the running interview. */
    public ReadOnlyObjectProperty<AnswerMode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** The text being typed: the answer, or the follow-up's answer; in spoken mode, notes. */
    public StringProperty answerTextProperty() {
        return answerText;
    }

    public ReadOnlyObjectProperty<ScoreCard> currentCardProperty() {
        return currentCard.getReadOnlyProperty();
    }

    public ObservableList<ScoreCard> endCards() {
        return endCards;
    }

    public ReadOnlyStringProperty endMessageProperty() {
        return endMessage.getReadOnlyProperty();
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
        ticks.stop();
        autosave.cancel();
    }
}
