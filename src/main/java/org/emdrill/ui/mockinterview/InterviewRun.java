package org.emdrill.ui.mockinterview;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.emdrill.domain.AnswerMode;
import org.emdrill.practice.Ticker;
import org.emdrill.practice.mockinterview.InterviewProgress;
import org.emdrill.practice.mockinterview.InterviewStep;
import org.emdrill.practice.mockinterview.InterviewSummary;
import org.emdrill.practice.mockinterview.MockInterview;
import org.emdrill.practice.schedule.DimensionAverages;
import org.emdrill.ui.common.AnswerCapture;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.Autosave;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.ScoreCard;
import org.emdrill.ui.common.ScreenTicks;

/**
 * The interview being run: the clock ticking, the page that follows its step, the answer box, the
 * scoring cards, and every step's snapshot and finished questions handed to {@link InterviewSaving}.
 * Ends by handing the summary back.
 */
final class InterviewRun {

    /** While a clock runs without other changes, the snapshot is still refreshed this often. */
    static final Duration PERIODIC_SNAPSHOT = Duration.ofSeconds(5);

    private final AppState state;
    private final Ticker ticker;
    private final InstantSource clock;
    private final InterviewSaving saving;
    private final Consumer<String> status;
    private final ReadOnlyObjectWrapper<InterviewPage> page;
    private final RunningReadout readout;
    private final AnswerCapture recording;
    private final ReadOnlyStringWrapper nextLabel = new ReadOnlyStringWrapper("Next");
    private final ReadOnlyObjectWrapper<AnswerMode> mode = new ReadOnlyObjectWrapper<>(AnswerMode.SPOKEN);
    private final StringProperty answerText = new SimpleStringProperty("");
    private final InterviewScoring scoring;
    private final Autosave autosave;
    /** Ten times a second while an interview is on; {@link ScreenTicks}, so the window does not pulse all along. */
    private final ScreenTicks.Tick ticks;
    private final InterviewStory story;

    private MockInterview interview;
    private String preset = "";
    private BiConsumer<InterviewReport, Boolean> summary = (r, past) -> { };
    private InterviewStep lastStep;
    private int lastQuestion;
    private int lastFollowUp;
    private long lastSnapshotNanos;
    /** True while the answer box is being filled in by the model, so it is not written back. */
    private boolean filling;

    InterviewRun(AppState state, BackgroundRunner runner, Ticker ticker, InstantSource clock, InterviewSaving saving,
            ReadOnlyObjectWrapper<InterviewPage> page, Consumer<String> status, AnswerCapture recording) {
        this.state = state;
        this.recording = recording;
        this.readout = new RunningReadout(recording);
        this.ticker = ticker;
        this.clock = clock;
        this.saving = saving;
        this.page = page;
        this.status = status;
        this.autosave = new Autosave(this::saveSnapshot);
        this.scoring = new InterviewScoring(autosave::changed);
        this.story = new InterviewStory(runner, autosave::changed);
        answerText.addListener((obs, was, is) -> {
            if (!filling && interview != null && interview.step().isTimed()) {
                interview.typeAnswer(is);
                autosave.changed();
            }
        });
        ticks = ScreenTicks.shared().every(Duration.ofMillis(100), this::tick);
    }

    /** Runs {@code m}; {@code onSummary} gets its report when it is over. */
    void begin(MockInterview m, String presetName, Set<Integer> alreadySaved,
            BiConsumer<InterviewReport, Boolean> onSummary) {
        interview = m;
        preset = presetName;
        summary = onSummary;
        saving.begin(alreadySaved);
        lastStep = null;
        mode.set(m.config().mode());
        ticks.start();
        refresh();
    }

    boolean isActive() {
        return interview != null && !interview.step().isOver();
    }

    boolean exists() {
        return interview != null;
    }

    void forget() {
        interview = null;
        story.forget();
    }

    /** Ends the thinking time, the answer or the follow-up that is running. */
    void next() {
        if (interview != null && interview.step().isTimed()) {
            interview.next();
            refresh();
        }
    }

    void togglePause() {
        if (interview == null) {
            return;
        }
        if (interview.isPaused()) {
            interview.resume();
            status.accept("");
        } else {
            interview.pause();
        }
        refresh();
        autosave.flushNow();
    }

    void skipPrep() {
        if (interview != null && interview.step() == InterviewStep.PREP) {
            interview.skipPrep();
            refresh();
        }
    }

    void skipQuestion() {
        if (interview != null && interview.step().isTimed()) {
            String skipped = interview.recordingFile(interview.position());
            interview.skipQuestion();
            refresh();
            recording.discard(skipped); // a skipped question is not saved: its recording goes with it
        }
    }

    /** Ends the interview now; the view asks for confirmation first. */
    void abandon() {
        if (isActive()) {
            interview.abandon();
            refresh();
        }
    }

    /** Reads the clocks. Runs ten times a second while an interview is on; tests call it directly. */
    void tick() {
        if (interview != null && !interview.step().isOver()) {
            refresh();
        }
    }

    private void refresh() {
        InterviewProgress p = interview.progress();
        readout.update(p, interview.currentReading(), interview.config().prep());
        nextLabel.set(nextLabel(p));
        followRecording(p); // before a step change hands the finished question to the store
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

    /**
     * A spoken question is recorded from its answer through its follow-ups, as one recording, paused
     * with the clock; the file's name goes into the question at once, so the snapshot keeps it.
     */
    private void followRecording(InterviewProgress p) {
        boolean speaking = mode.get() == AnswerMode.SPOKEN
                && (p.step() == InterviewStep.ANSWER || p.step() == InterviewStep.FOLLOW_UP);
        // Open from the thinking time on, and between questions, so no answer loses its first words.
        recording.keepOpen(mode.get() == AnswerMode.SPOKEN
                && (p.step().isTimed() || p.step() == InterviewStep.SCORE));
        int at = interview.position();
        String name = recording.follow(List.of(interview, at), speaking, p.paused(),
                speaking ? interview.recordingFile(at) : null);
        if (name != null && speaking && interview.recordingFile(at) == null) {
            interview.setRecordingFile(name);
        }
    }

    private void showRecording(ScoreCard card) {
        if (card != null) {
            recording.show(card, interview.recordingFile(card.position()),
                    (int) interview.questions().get(card.position()).target().toSeconds());
        }
    }

    private void stepChanged(InterviewProgress p) {
        autosave.cancel();
        switch (p.step()) {
            case PREP, ANSWER, FOLLOW_UP -> {
                if (p.step() != InterviewStep.FOLLOW_UP) {
                    recording.closePlayers();
                }
                filling = true;
                answerText.set(interview.currentText());
                filling = false;
                scoring.clear();
                story.follow(interview);
                page.set(InterviewPage.RUNNING);
            }
            case SCORE -> {
                scoring.showCurrent(interview, state.rubric());
                showRecording(scoring.currentCardProperty().get());
                page.set(InterviewPage.SCORING);
            }
            case END_SCORING -> {
                scoring.showEnd(interview, state.rubric());
                scoring.endCards().forEach(this::showRecording);
                page.set(InterviewPage.END_SCORING);
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
        saving.persist(interview.sessionId(), interview.takeFinished());
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
    void submitScore() {
        ScoreCard card = scoring.currentCardProperty().get();
        if (page.get() != InterviewPage.SCORING || card == null) {
            return;
        }
        if (!card.isComplete()) {
            status.accept(card.missingTextProperty().get() + " Or continue without scoring.");
            return;
        }
        status.accept("");
        InterviewScoring.apply(interview, card);
        interview.next();
        refresh();
    }

    /** Moves on with the answer saved unscored. */
    void continueWithoutScore() {
        if (page.get() != InterviewPage.SCORING || scoring.currentCardProperty().get() == null) {
            return;
        }
        status.accept("");
        scoring.clearCurrent(interview);
        interview.next();
        refresh();
    }

    /** Ends the final scoring: complete cards count, blank ones stay unscored, half-done ones block. */
    void finishScoring() {
        if (page.get() != InterviewPage.END_SCORING) {
            return;
        }
        if (scoring.blocksFinishing()) {
            status.accept(scoring.endMessageProperty().get());
            return;
        }
        status.accept("");
        scoring.applyAll(interview);
        interview.next();
        refresh();
    }

    // ---------------------------------------------------------------- storing

    private void finishInterview() {
        ticks.stop();
        recording.keepOpen(false);
        recording.release();
        recording.closePlayers();
        autosave.cancel();
        saving.persist(interview.sessionId(), interview.takeFinished());
        MockInterview m = interview;
        String name = preset;
        Instant at = clock.instant();
        scoring.clear();
        saving.close(m, at, before -> summary.accept(
                InterviewReport.of(InterviewSummary.of(m, before), m.sessionId(), name, m.startedAt()), false));
    }

    private void saveSnapshot() {
        if (interview == null || interview.step().isOver() || interview.step() == InterviewStep.NOT_STARTED) {
            return;
        }
        lastSnapshotNanos = ticker.nanos();
        saving.writeSnapshot(interview.snapshot(), autosave::changed);
    }

    /** Writes the snapshot now, while an interview runs. */
    void flushDraft() {
        if (isActive()) {
            autosave.flushNow();
        }
    }

    RunningReadout readout() {
        return readout;
    }

    ReadOnlyStringProperty nextLabelProperty() {
        return nextLabel.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<AnswerMode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    StringProperty answerTextProperty() {
        return answerText;
    }

    InterviewScoring scoring() {
        return scoring;
    }

    InterviewStory story() {
        return story;
    }

    /** Stops the clock and pending saves, as a killed app would; for tests. */
    void stopTicking() {
        ticks.stop();
        autosave.cancel();
    }
}
