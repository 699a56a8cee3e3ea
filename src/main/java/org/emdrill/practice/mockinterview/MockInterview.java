package org.emdrill.practice.mockinterview;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.emdrill.practice.AnswerPhase;
import org.emdrill.practice.AnswerReading;
import org.emdrill.practice.QuestionAnswer;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.practice.Ticker;

/**
 * A mock interview: a fixed loop of the answering core ({@link QuestionAnswer}), each question going
 * PREP → ANSWER → FOLLOW_UP 1..n → (SCORE when scoring after each), then END_SCORING for whatever is
 * still unscored, then SUMMARY. The total time runs on a stopwatch from the start until the last
 * question ends, pauses excluded.
 *
 * <p>Time-caused changes (prep running out, the hard limit) are applied on the next call of any
 * method, so the UI simply calls {@link #progress()} every frame. Finished questions are handed out
 * once each by {@link #takeFinished()} for the caller to store. Not thread-safe; one thread drives it.
 */
public final class MockInterview {

    private final InterviewConfig config;
    private final InterviewSlots items;
    private final Ticker ticker;
    private final InstantSource clock;
    private final Stopwatch total;

    private InterviewStep step = InterviewStep.NOT_STARTED;
    private int position;
    private boolean paused;
    private Instant startedAt;
    private long sessionId;

    public MockInterview(InterviewConfig config, List<QueuedQuestion> questions, Ticker ticker, InstantSource clock) {
        this(config, questions, ticker, clock, Duration.ZERO);
    }

    private MockInterview(InterviewConfig config, List<QueuedQuestion> questions, Ticker ticker, InstantSource clock,
            Duration elapsed) {
        this.config = Objects.requireNonNull(config, "config");
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("a mock interview needs at least one question");
        }
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.total = new Stopwatch(ticker, elapsed);
        this.items = new InterviewSlots(config, questions, ticker, clock);
    }

    public InterviewConfig config() { return config; }

    public InterviewStep step() {
        sync();
        return step;
    }

    public boolean isPaused() { return paused; }

    public Instant startedAt() { return startedAt; }

    /** The store's id of this interview's session row, 0 until the caller sets it. */
    public long sessionId() { return sessionId; }

    public void setSessionId(long id) { this.sessionId = id; }

    public int questionCount() { return items.size(); }

    /** 0-based index of the current question. */
    public int position() { return position; }

    public Duration elapsed() { return total.elapsed(); }

    public List<AskedQuestion> questions() {
        sync();
        return items.views();
    }

    public List<String> questionIds() {
        return items.questionIds();
    }

    /** 0-based positions of the questions the candidate skipped. */
    public Set<Integer> skippedPositions() {
        return items.skippedPositions();
    }

    /** Applies time-caused changes and says where the interview is. Call it on every frame. */
    public InterviewProgress progress() {
        sync();
        boolean inQuestion = step != InterviewStep.NOT_STARTED && step != InterviewStep.END_SCORING && !step.isOver();
        QuestionAnswer current = inQuestion ? items.get(position).answer : null;
        AnswerReading r = current == null ? null : current.reading();
        return new InterviewProgress(step, step == InterviewStep.NOT_STARTED ? 0 : Math.min(position + 1, items.size()),
                items.size(), r == null ? 0 : r.followUpNumber(), r == null ? 0 : r.followUpCount(), paused,
                total.elapsed(), r == null ? null : r.timer(), current == null ? null : current.queued(),
                r == null ? "" : r.followUpPrompt());
    }

    /** The answer of the current question, for the shared clock read-out; empty outside a question. */
    public java.util.Optional<AnswerReading> currentReading() {
        sync();
        boolean inQuestion = step != InterviewStep.NOT_STARTED && step != InterviewStep.END_SCORING && !step.isOver();
        return inQuestion ? java.util.Optional.of(items.get(position).answer.reading()) : java.util.Optional.empty();
    }

    public void start() {
        if (step != InterviewStep.NOT_STARTED) {
            throw new IllegalStateException("expected step NOT_STARTED but was " + step);
        }
        startedAt = clock.instant();
        total.start();
        beginQuestion(0);
    }

    /** Ends the thinking time and starts the answer now. */
    public void skipPrep() {
        sync();
        if (step != InterviewStep.PREP) {
            return;
        }
        resumeClocks();
        current().skipPrep();
        sync();
    }

    /**
     * Moves on: ends prep, the answer or the follow-up that is running; leaves the score step (scored
     * or not); ends the final scoring. Does nothing once the interview is over.
     */
    public void next() {
        sync();
        if (step == InterviewStep.NOT_STARTED) {
            throw new IllegalStateException("the interview has not started");
        }
        resumeClocks();
        switch (step) {
            case PREP, ANSWER, FOLLOW_UP -> {
                current().next();
                sync();
            }
            case SCORE -> {
                items.get(position).finalized = true;
                advance();
            }
            case END_SCORING -> {
                finalizeAnswered();
                step = InterviewStep.SUMMARY;
            }
            default -> {
            }
        }
    }

    /** Stops every clock: the question's and the total time. */
    public void pause() {
        sync();
        if (paused || !(step.isTimed() || step == InterviewStep.SCORE)) {
            return;
        }
        paused = true;
        total.stop();
        current().pause();
    }

    public void resume() {
        sync();
        resumeClocks();
    }

    /** Skips the current question while it is prepared or answered: recorded as skipped, not scored. */
    public void skipQuestion() {
        sync();
        if (!step.isTimed()) {
            throw new IllegalStateException("only a question being prepared or answered can be skipped, not in " + step);
        }
        resumeClocks();
        InterviewSlot item = items.get(position);
        item.answer.finishAnswering();
        item.status = QuestionStatus.SKIPPED;
        advance();
    }

    /**
     * Gives up: everything answered so far is kept (the question being answered too, unscored), a
     * question still in prep counts as not reached. The interview is then over.
     */
    public void abandon() {
        sync();
        if (step.isOver()) {
            return;
        }
        resumeClocks();
        InterviewSlot item = step.isTimed() ? items.get(position) : null;
        if (step == InterviewStep.PREP) {
            item.answer = InterviewSlot.freshAnswer(config, item.answer.queued(), ticker, clock);
            item.status = QuestionStatus.PENDING;
        } else if (item != null) {
            item.answer.finishAnswering();
            item.status = QuestionStatus.ANSWERED;
        }
        total.stop();
        finalizeAnswered();
        step = InterviewStep.ABANDONED;
    }

    public boolean isAbandoned() {
        return step == InterviewStep.ABANDONED;
    }

    /**
     * Scores an answered question: the current one in the score step, any not yet final one in the
     * final scoring. Scoring again replaces the earlier score.
     */
    public void score(int questionIndex, Scores scores, Set<StarElement> star, String notes) {
        if (questionIndex < 0 || questionIndex >= items.size()) {
            throw new IllegalArgumentException("no question " + questionIndex);
        }
        InterviewSlot item = items.get(questionIndex);
        if (!canScore(questionIndex)) {
            throw new IllegalStateException("question " + questionIndex + " cannot be scored now (" + step + ")");
        }
        item.answer.score(scores, star, notes);
        item.status = QuestionStatus.SCORED;
    }

    /** Sets the signals and red flags ticked for an answered question, when {@link #canScore} allows it. */
    public void tick(int questionIndex, org.emdrill.domain.SignalTicks ticks) {
        if (!canScore(questionIndex)) {
            throw new IllegalStateException("question " + questionIndex + " cannot be scored now (" + step + ")");
        }
        items.get(questionIndex).answer.setTicks(ticks);
    }

    /** The signals and red flags ticked for a question so far. */
    public org.emdrill.domain.SignalTicks ticks(int questionIndex) {
        return items.get(questionIndex).answer.ticks();
    }

    /** Whether {@link #score} accepts this question now. */
    public boolean canScore(int questionIndex) {
        sync();
        if (questionIndex < 0 || questionIndex >= items.size()) {
            return false;
        }
        InterviewSlot item = items.get(questionIndex);
        boolean allowed = (step == InterviewStep.SCORE && questionIndex == position) || step == InterviewStep.END_SCORING;
        return allowed && item.answered() && !item.finalized;
    }

    /** The text of whatever is being answered: the main answer in prep or answer, else the follow-up. */
    public void typeAnswer(String text) {
        answering().typeCurrent(text);
    }

    /** The text of whatever is being answered now; empty outside the timed steps. */
    public String currentText() {
        sync();
        return step.isTimed() ? current().currentText() : "";
    }

    /** Names the recording of the question being answered, so its snapshot and attempt keep it. */
    public void setRecordingFile(String file) {
        answering().setRecordingFile(file);
    }

    /** The recording of the question at {@code questionIndex}; null when none was made. */
    public String recordingFile(int questionIndex) {
        return items.get(questionIndex).answer.recordingFile();
    }

    /** The current question will be told with {@code storyId} (null: none); a final answer keeps its story. */
    public void pickStory(String storyId) {
        items.pickStory(position, storyId);
    }

    /** Questions that became final since the last call, each handed out once, in interview order. */
    public List<FinishedQuestion> takeFinished() {
        sync();
        return items.takeFinished();
    }

    /** Everything needed to resume after a crash; see {@link MockInterviewSnapshot}. */
    public MockInterviewSnapshot snapshot() {
        sync();
        return new MockInterviewSnapshot(config, sessionId, startedAt, step, position, total.elapsed(),
                items.snapshotItems());
    }

    /**
     * Puts an interview back where a snapshot left it. A running phase comes back paused, so the
     * candidate resumes deliberately; the questions are rebuilt from the snapshot (see
     * {@link MockInterviewSnapshot#questions}).
     *
     * @throws IllegalArgumentException when the snapshot contradicts itself (a hand edit); discard it
     */
    public static MockInterview restore(MockInterviewSnapshot s, List<QuestionBank> banks,
            Ticker ticker, InstantSource clock) {
        List<QueuedQuestion> questions = s.questions(banks);
        MockInterview m = new MockInterview(s.config(), questions, ticker, clock, s.totalElapsed());
        m.sessionId = s.sessionId();
        m.startedAt = s.startedAt();
        m.step = s.step();
        m.position = Math.max(0, Math.min(s.position(), m.items.size() - 1));
        m.items.restore(s, questions, m.position, m.step.isTimed(), ticker, clock);
        // A running question comes back paused; the interview is paused with it so all clocks agree.
        m.paused = m.step.isTimed() || m.step == InterviewStep.SCORE;
        m.syncStepFromAnswer();
        return m;
    }

    /** The answer being given now; there is none outside the timed steps. */
    private QuestionAnswer answering() {
        sync();
        if (!step.isTimed()) {
            throw new IllegalStateException("nothing is being answered in " + step);
        }
        return current();
    }

    private QuestionAnswer current() {
        return items.get(position).answer;
    }

    private void beginQuestion(int index) {
        position = index;
        InterviewSlot item = items.get(index);
        item.status = QuestionStatus.IN_PROGRESS;
        item.answer.start();
        step = InterviewStep.PREP; // a question's step, so the next line takes the answer's phase
        syncStepFromAnswer();
    }

    private void questionAnswered(InterviewSlot item) {
        item.status = QuestionStatus.ANSWERED;
        if (config.scoring() == ScoringTiming.AFTER_EACH) {
            step = InterviewStep.SCORE;
        } else {
            advance();
        }
    }

    private void advance() {
        if (position + 1 < items.size()) {
            beginQuestion(position + 1);
            return;
        }
        total.stop();
        step = items.unscoredLeft() ? InterviewStep.END_SCORING : InterviewStep.SUMMARY;
    }

    private void finalizeAnswered() {
        items.finalizeAnswered();
    }

    private void resumeClocks() {
        if (!paused) {
            return;
        }
        paused = false;
        total.start();
        current().resume();
    }

    /** Applies what time alone changed: prep ran out, an answer or follow-up hit its hard limit. */
    private void sync() {
        if (paused || !step.isTimed()) {
            return;
        }
        syncStepFromAnswer();
        if (step.isTimed() && current().phase() == AnswerPhase.SCORING) {
            questionAnswered(items.get(position));
        }
    }

    /** The interview's step while a question is prepared or answered follows that answer's phase. */
    private void syncStepFromAnswer() {
        if (!step.isTimed()) {
            return;
        }
        switch (current().phase()) {
            case PREP -> step = InterviewStep.PREP;
            case ANSWER -> step = InterviewStep.ANSWER;
            case FOLLOW_UP -> step = InterviewStep.FOLLOW_UP;
            default -> {
            }
        }
    }
}
