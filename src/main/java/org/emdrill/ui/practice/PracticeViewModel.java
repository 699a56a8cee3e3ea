package org.emdrill.ui.practice;

import org.emdrill.ui.common.BankChoice;
import org.emdrill.ui.common.DimensionScore;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.AttemptDraft;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.StarElement;
import org.emdrill.practice.QuestionOrder;
import org.emdrill.practice.QuestionPractice;
import org.emdrill.practice.QuestionQueue;
import org.emdrill.practice.QueuedQuestion;
import org.emdrill.practice.SessionPhase;
import org.emdrill.practice.Ticker;
import org.emdrill.practice.TimerPhase;
import org.emdrill.practice.TimerSettings;
import org.emdrill.practice.TimerSnapshot;
import org.emdrill.practice.WordCounter;
import org.emdrill.store.AttemptRepository;
import org.emdrill.store.DraftStore;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.Autosave;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.Formats;
import org.emdrill.ui.common.PracticeRequest;

/**
 * The Practice screen's state: set-up choices, the question in play, the timer's reading and the scoring
 * card. The rules live in {@link QuestionPractice}; this class turns them into properties.
 */
public final class PracticeViewModel {

    private static final System.Logger LOG = System.getLogger(PracticeViewModel.class.getName());

    private final AppState state;
    private final AttemptRepository attempts;
    private final BackgroundRunner runner;
    private final Ticker ticker;
    private final InstantSource clock;
    private final RandomGenerator random;

    private final ObservableList<BankChoice> banks = FXCollections.observableArrayList();
    private final ObjectProperty<QuestionOrder> order = new SimpleObjectProperty<>(QuestionOrder.RANDOM);
    private final ObjectProperty<AnswerMode> mode = new SimpleObjectProperty<>(AnswerMode.TYPED);
    private final IntegerProperty prepSeconds = new SimpleIntegerProperty(30);
    private final ReadOnlyIntegerWrapper selectedQuestionCount = new ReadOnlyIntegerWrapper();

    private final ReadOnlyObjectWrapper<PracticeStage> stage = new ReadOnlyObjectWrapper<>(PracticeStage.SETUP);
    private final ReadOnlyStringWrapper bankTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ObservableList<String> followUps = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper targetText = new ReadOnlyStringWrapper("");

    private final ReadOnlyStringWrapper timerText = new ReadOnlyStringWrapper("0:00");
    private final ReadOnlyStringWrapper timerCaption = new ReadOnlyStringWrapper("");
    private final DoubleProperty targetProgress = new SimpleDoubleProperty();
    private final ReadOnlyBooleanWrapper overTarget = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper inPrep = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();

    private final StringProperty answerText = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper wordCount = new ReadOnlyIntegerWrapper();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<DimensionScore> dimensionScores = FXCollections.observableArrayList();
    private final Map<StarElement, BooleanProperty> star = new EnumMap<>(StarElement.class);
    private final ReadOnlyStringWrapper overallText = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper missingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");

    private final DraftStore drafts;
    private final SpacedPractice spaced;
    private final ReadOnlyObjectWrapper<SpacedPractice.Overview> overview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AttemptDraft> pendingDraft = new ReadOnlyObjectWrapper<>();
    private final Autosave autosave = new Autosave(this::writeDraft);
    private final Timeline ticks;
    private QuestionQueue queue;
    private QuestionPractice current;
    private int askedCount;
    /** Names a practice started from elsewhere ("Due today"); empty for the banks chosen here. */
    private String practiceTitle = "";

    public PracticeViewModel(AppState state, AttemptRepository attempts, DraftStore drafts, SpacedPractice spaced,
            BackgroundRunner runner, Ticker ticker, InstantSource clock, RandomGenerator random) {
        this.state = state;
        this.attempts = attempts;
        this.spaced = spaced;
        this.drafts = drafts;
        this.runner = runner;
        this.ticker = ticker;
        this.clock = clock;
        this.random = random;
        for (StarElement e : StarElement.values()) {
            BooleanProperty p = new SimpleBooleanProperty();
            p.addListener((obs, was, is) -> {
                if (current != null && current.phase() != SessionPhase.SAVED) {
                    current.setStar(e, is);
                    markDirty();
                }
            });
            star.put(e, p);
        }
        answerText.addListener((obs, was, is) -> {
            wordCount.set(WordCounter.count(is));
            if (current != null && current.phase() != SessionPhase.SAVED) {
                current.setAnswerText(is);
                markDirty();
            }
        });
        notes.addListener((obs, was, is) -> {
            if (current != null && current.phase() != SessionPhase.SAVED) {
                current.setNotes(is);
                markDirty();
            }
        });
        ticks = new Timeline(new javafx.animation.KeyFrame(javafx.util.Duration.millis(100), e -> tick()));
        ticks.setCycleCount(Timeline.INDEFINITE);


        loadChoices();
        state.libraryProperty().addListener((obs, was, is) -> loadChoices());
        // Settings can change the default prep time too; follow it.
        state.settingsProperty().addListener((obs, was, is) -> {
            if (was == null || was.prepSeconds() != is.prepSeconds()) {
                prepSeconds.set(is.prepSeconds());
            }
        });
        runner.run(drafts::load, found -> found.ifPresent(pendingDraft::set), error -> { });
        state.practiceRequestProperty().addListener((obs, was, request) -> {
            if (request != null) {
                startRequested(request);
            }
        });
        state.libraryProperty().addListener((obs, was, is) -> refreshOverview());
        state.attemptsChangedProperty().addListener((obs, was, is) -> refreshOverview());
        state.settingsProperty().addListener((obs, was, is) -> {
            if (was == null || was.dailyNewLimit() != is.dailyNewLimit()) {
                refreshOverview();
            }
        });
        refreshOverview();
    }

    // ---- spaced practice ----

    /** Today's due and new questions and the weakest dimension; null until first loaded. */
    public ReadOnlyObjectProperty<SpacedPractice.Overview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    private void refreshOverview() {
        List<QuestionBank> loaded = state.library().banks();
        int limit = state.settings().dailyNewLimit();
        runner.run(() -> spaced.overview(loaded, limit), overview::set, error -> { });
    }

    public void practiseDue() {
        var o = overview.get();
        if (o != null) {
            state.requestPractice(new PracticeRequest("Due today", o.plan().queue()));
        }
    }

    public void practiseWeakest() {
        var o = overview.get();
        if (o != null) {
            state.requestPractice(new PracticeRequest("Weakest: " + o.weakest().dimension().displayName(),
                    o.weakest().questions()));
        }
    }

    /** Starts a practice over the questions another screen picked; a running answer is never cut off. */
    private void startRequested(PracticeRequest request) {
        state.practiceRequestProperty().set(null);
        if (stage.get() == PracticeStage.RUNNING || stage.get() == PracticeStage.SCORING) {
            statusText.set("Finish or discard the current answer first, then start \u201c" + request.title() + "\u201d.");
            return;
        }
        if (request.questions().isEmpty()) {
            statusText.set("There are no questions in \u201c" + request.title() + "\u201d right now.");
            return;
        }
        queue = QuestionQueue.of(request.questions(), QuestionOrder.IN_ORDER, random);
        practiceTitle = request.title();
        askedCount = 0;
        nextQuestion();
    }

    private void loadChoices() {
        var settings = state.settings();
        Set<String> remembered = new LinkedHashSet<>(settings.selectedBankIds());
        banks.forEach(b -> {
            if (b.isSelected()) {
                remembered.add(b.bank().id());
            }
        });
        banks.clear();
        boolean none = remembered.isEmpty();
        for (QuestionBank bank : state.library().banks()) {
            BankChoice choice = new BankChoice(bank, none || remembered.contains(bank.id()));
            choice.selectedProperty().addListener((obs, was, is) -> updateSelectedCount());
            banks.add(choice);
        }
        order.set(settings.order());
        mode.set(settings.answerMode());
        prepSeconds.set(settings.prepSeconds());
        updateSelectedCount();
    }

    private void updateSelectedCount() {
        selectedQuestionCount.set(banks.stream().filter(BankChoice::isSelected).mapToInt(b -> b.bank().questions().size()).sum());
    }

    // ---- set-up ----

    public ObservableList<BankChoice> banks() {
        return banks;
    }

    public ObjectProperty<QuestionOrder> orderProperty() {
        return order;
    }

    public ObjectProperty<AnswerMode> modeProperty() {
        return mode;
    }

    public IntegerProperty prepSecondsProperty() {
        return prepSeconds;
    }

    public ReadOnlyIntegerProperty selectedQuestionCountProperty() {
        return selectedQuestionCount.getReadOnlyProperty();
    }

    public void selectAllBanks(boolean selected) {
        banks.forEach(b -> b.selectedProperty().set(selected));
    }

    /** Starts a practice run over the ticked banks and shows its first question. */
    public void startPractice() {
        List<QuestionBank> chosen = banks.stream().filter(BankChoice::isSelected).map(BankChoice::bank).toList();
        if (chosen.isEmpty() || selectedQuestionCount.get() == 0) {
            statusText.set("Tick at least one bank to practise.");
            return;
        }
        state.settingsProperty().set(state.settings()
                .withPractice(mode.get(), order.get(), chosen.stream().map(QuestionBank::id).toList())
                .withPrepSeconds(prepSeconds.get()));
        queue = QuestionQueue.fromBanks(chosen, order.get(), random);
        practiceTitle = "";
        askedCount = 0;
        nextQuestion();
    }

    // ---- one question ----

    public void nextQuestion() {
        if (queue == null || stage.get() == PracticeStage.RUNNING) {
            return;
        }
        if (!practiceTitle.isEmpty() && askedCount >= queue.size()) {
            String done = "Done: you went through all " + queue.size() + " questions of \u201c" + practiceTitle + "\u201d.";
            endPractice();
            statusText.set(done);
            return;
        }
        var next = queue.next();
        if (next.isEmpty()) {
            endPractice();
            return;
        }
        askedCount++;
        show(new QuestionPractice(next.get(), mode.get(), timerSettingsFor(next.get().question()), ticker, clock));
        stage.set(PracticeStage.READY);
        refreshTimer(current.tick());
        updateScoring();
    }

    private TimerSettings timerSettingsFor(org.emdrill.domain.Question q) {
        return TimerSettings.of(Duration.ofSeconds(prepSeconds.get()), Duration.ofSeconds(q.targetSeconds()));
    }

    /** Puts a question's practice on screen, copying its state into the properties. */
    private void show(QuestionPractice practice) {
        current = null; // keep the property listeners from writing back while the screen is filled in
        var q = practice.question();
        Duration target = Duration.ofSeconds(q.targetSeconds());
        bankTitle.set(practice.queued().bank().title());
        prompt.set(q.prompt());
        progressText.set(queue == null ? "" : (practiceTitle.isEmpty() ? "" : practiceTitle + " · ")
                + "Question " + askedCount + " of " + queue.size());
        targetText.set("Target " + Formats.clock(target) + " · stops at " + Formats.clock(target.multipliedBy(2)));
        followUps.setAll(q.followUps());
        mode.set(practice.mode());
        answerText.set(practice.answerText());
        notes.set(practice.notes());
        star.forEach((e, p) -> p.set(practice.star().contains(e)));
        List<DimensionScore> rows = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            DimensionScore row = new DimensionScore(d, q.weightOf(d), state.rubric());
            row.scoreProperty().set(practice.scores().of(d).orElse(null));
            row.scoreProperty().addListener((obs, was, is) -> {
                if (current != null && current.phase() != SessionPhase.SAVED) {
                    current.setScore(d, is);
                    updateScoring();
                    markDirty();
                }
            });
            rows.add(row);
        }
        // Targeted dimensions first, heaviest first: they are the ones that must be scored.
        rows.sort((a, b) -> Integer.compare(b.weight(), a.weight()));
        dimensionScores.setAll(rows);
        statusText.set("");
        current = practice;
    }

    // ---- drafts ----

    /** An unfinished attempt found at start (or left by ending a practice), offered for resuming. */
    public ReadOnlyObjectProperty<AttemptDraft> pendingDraftProperty() {
        return pendingDraft.getReadOnlyProperty();
    }

    public void resumeDraft() {
        AttemptDraft draft = pendingDraft.get();
        if (draft == null || stage.get() == PracticeStage.RUNNING) {
            return;
        }
        pendingDraft.set(null);
        QueuedQuestion queued = findQuestion(draft);
        List<QuestionBank> chosen = banks.stream().filter(BankChoice::isSelected).map(BankChoice::bank).toList();
        queue = QuestionQueue.fromBanks(chosen.isEmpty() ? List.of(queued.bank()) : chosen, order.get(), random);
        askedCount = 1;
        show(QuestionPractice.resume(draft, queued, timerSettingsFor(queued.question()), ticker, clock));
        if (current.phase() == SessionPhase.SCORING) {
            stage.set(PracticeStage.SCORING);
        } else if (current.phase() == SessionPhase.RUNNING) {
            stage.set(PracticeStage.RUNNING);
            ticks.play();
        } else {
            stage.set(PracticeStage.READY);
        }
        refreshTimer(current.tick());
        updateScoring();
        statusText.set(current.phase() == SessionPhase.RUNNING
                ? "Your unfinished answer is back, paused. Press Resume (Ctrl+P) to carry on." : "Your unfinished answer is back.");
    }

    public void discardDraft() {
        pendingDraft.set(null);
        clearDraft();
    }

    /** The question the draft was for; if its bank is gone, the prompt as it was asked. */
    private QueuedQuestion findQuestion(AttemptDraft draft) {
        var bank = state.library().bank(draft.bankId());
        if (bank.isPresent()) {
            var q = bank.get().question(draft.questionId());
            if (q.isPresent()) {
                return new QueuedQuestion(bank.get(), q.get());
            }
        }
        var question = new org.emdrill.domain.Question(draft.questionId(), draft.prompt(), List.of(), Map.of(),
                List.of(), List.of(), 0, null, List.of());
        var standIn = new QuestionBank(1, draft.bankId(), draft.bankTitle().isEmpty() ? draft.bankId() : draft.bankTitle(),
                "", List.of(question), org.emdrill.domain.BankSource.USER, "");
        return new QueuedQuestion(standIn, question);
    }

    private void markDirty() {
        autosave.changed();
    }

    /** Writes the draft now; the view also calls this when the window loses focus or closes. */
    public void flushDraft() {
        autosave.flushNow();
    }

    private void writeDraft() {
        if (current == null || !current.hasProgress()) {
            return;
        }
        AttemptDraft draft = current.toDraft();
        runner.fireAndForget(() -> {
            drafts.save(draft);
            return null;
        });
    }

    private void clearDraft() {
        autosave.cancel();
        runner.fireAndForget(() -> {
            drafts.clear();
            return null;
        });
    }

    /** The one key that moves things on: start the answer when ready, stop it when running. */
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
        current.setMode(mode.get());
        current.start();
        stage.set(PracticeStage.RUNNING);
        ticks.play();
        tick();
        markDirty();
    }

    public void skipPrep() {
        if (current != null) {
            current.skipPrep();
            tick();
        }
    }

    public void togglePause() {
        if (current != null) {
            current.togglePause();
            tick();
        }
    }

    public void stopAnswer() {
        if (stage.get() != PracticeStage.RUNNING) {
            return;
        }
        current.stop();
        tick();
    }

    /** Reads the timer. Runs ten times a second while answering; tests call it directly. */
    public void tick() {
        if (current == null) {
            return;
        }
        TimerSnapshot s = current.tick();
        refreshTimer(s);
        if (stage.get() == PracticeStage.RUNNING && current.phase() == SessionPhase.SCORING) {
            ticks.stop();
            stage.set(PracticeStage.SCORING);
            markDirty();
            if (s.stoppedAtHardLimit()) {
                statusText.set("Time's up: the answer stopped at the hard limit of " + Formats.clock(s.hardLimit()) + ".");
            }
            updateScoring();
        }
    }

    private void refreshTimer(TimerSnapshot s) {
        paused.set(s.paused());
        inPrep.set(s.phase() == TimerPhase.PREP);
        overTarget.set(s.phase() != TimerPhase.PREP && s.overTarget());
        targetProgress.set(s.phase() == TimerPhase.PREP ? 0 : s.progressToTarget());
        switch (s.phase()) {
            case IDLE -> {
                timerText.set(s.target().isZero() ? "0:00" : Formats.clock(Duration.ZERO));
                timerCaption.set(prepSeconds.get() > 0
                        ? "Ready · " + prepSeconds.get() + " s to prepare, then answer"
                        : "Ready · the answer starts at once");
            }
            case PREP -> {
                timerText.set(Formats.clock(s.prepRemaining().plusMillis(999)));
                timerCaption.set(s.paused() ? "Paused · preparing" : "Preparing · the answer starts when this reaches 0");
            }
            case ANSWERING -> {
                timerText.set(Formats.clock(s.answerElapsed()));
                String caption = s.overTarget()
                        ? "Over the " + Formats.clock(s.target()) + " target · wrap up"
                        : "Answering · target " + Formats.clock(s.target());
                timerCaption.set(s.paused() ? "Paused · " + caption : caption);
            }
            case FINISHED -> {
                timerText.set(Formats.clock(s.answerElapsed()));
                timerCaption.set((s.stoppedAtHardLimit() ? "Stopped at the hard limit" : "Answer finished")
                        + " · target " + Formats.clock(s.target()));
            }
        }
    }

    private void updateScoring() {
        if (current == null) {
            return;
        }
        OptionalDouble overall = current.overall();
        overallText.set(overall.isPresent() ? String.format(java.util.Locale.ROOT, "%.1f", overall.getAsDouble()) : "–");
        List<Dimension> missing = current.missingScores();
        missingText.set(missing.isEmpty() ? ""
                : "Score " + missing.stream().map(Dimension::displayName).collect(Collectors.joining(", "))
                        + " to save.");
        canSave.set(current.canSave() && !saving.get());
    }

    /** Stores the attempt in the background; the answer stays on screen until it is safely saved. */
    public void save() {
        if (current == null || !current.canSave() || saving.get()) {
            return;
        }
        QuestionPractice practice = current;
        var attempt = practice.toAttempt();
        saving.set(true);
        canSave.set(false);
        statusText.set("Saving…");
        runner.run(() -> {
            long id = attempts.save(attempt);
            try {
                spaced.record(attempt);
            } catch (RuntimeException e) {
                // The attempt is safe; only its next review date is off. Never report that as a failed save.
                LOG.log(System.Logger.Level.WARNING, "review schedule not updated: " + e.getMessage());
            }
            return id;
        }, id -> {
            saving.set(false);
            practice.markSaved(id);
            clearDraft();
            if (practice == current) {
                stage.set(PracticeStage.SAVED);
                statusText.set("Saved. Overall " + overallText.get() + " — find it any time in History.");
            }
            state.attemptSaved();
        }, error -> {
            saving.set(false);
            updateScoring();
            statusText.set("Could not save this attempt (" + error.getMessage()
                    + "). Your answer is still here; try Save again.");
        });
    }

    /** Leaves the question unsaved and shows the next one. */
    public void discardAndNext() {
        if (stage.get() == PracticeStage.RUNNING) {
            current.stop();
            ticks.stop();
        }
        clearDraft();
        stage.set(PracticeStage.SAVED);
        nextQuestion();
    }

    /** Back to set-up. An unsaved answer is kept as a draft and offered there, never thrown away silently. */
    public void endPractice() {
        ticks.stop();
        if (current != null && current.hasProgress()) {
            if (current.phase() == SessionPhase.RUNNING) {
                current.stop();
            }
            pendingDraft.set(current.toDraft());
            flushDraft();
        }
        current = null;
        queue = null;
        statusText.set("");
        stage.set(PracticeStage.SETUP);
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<PracticeStage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bankTitleProperty() {
        return bankTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty targetTextProperty() {
        return targetText.getReadOnlyProperty();
    }

    public ObservableList<String> followUps() {
        return followUps;
    }

    public ReadOnlyStringProperty timerTextProperty() {
        return timerText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timerCaptionProperty() {
        return timerCaption.getReadOnlyProperty();
    }

    public DoubleProperty targetProgressProperty() {
        return targetProgress;
    }

    public ReadOnlyBooleanProperty overTargetProperty() {
        return overTarget.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty inPrepProperty() {
        return inPrep.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public StringProperty answerTextProperty() {
        return answerText;
    }

    public ReadOnlyIntegerProperty wordCountProperty() {
        return wordCount.getReadOnlyProperty();
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<DimensionScore> dimensionScores() {
        return dimensionScores;
    }

    public BooleanProperty starProperty(StarElement element) {
        return star.get(element);
    }

    public ReadOnlyStringProperty overallTextProperty() {
        return overallText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty missingTextProperty() {
        return missingText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** True from the answer's end on: the follow-ups are shown only then, as in a real interview. */
    public BooleanBinding answerOverBinding() {
        return Bindings.createBooleanBinding(
                () -> stage.get() == PracticeStage.SCORING || stage.get() == PracticeStage.SAVED, stage);
    }
}
